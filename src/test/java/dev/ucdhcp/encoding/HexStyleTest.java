package dev.ucdhcp.encoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HexStyleTest {

	private static final byte[] FIVE = { 0x00, 0x04, 0x6C, 0x79, (byte) 0xFF };

	@Test
	void canonicalIsUpperCaseWithoutSeparators() {
		assertThat(HexStyle.CANONICAL.format(FIVE)).isEqualTo("00046C79FF");
	}

	@Test
	void ciscoGroupsFourDigitsWithDotsLikeShowRun() {
		assertThat(HexStyle.CISCO_DOTTED.format(FIVE)).isEqualTo("0004.6c79.ff");
	}

	@Test
	void colonPairsForIscAndDnsmasq() {
		assertThat(HexStyle.COLON_PAIRS.format(FIVE)).isEqualTo("00:04:6c:79:ff");
	}

	@Test
	void prefixedForRouterOs() {
		assertThat(HexStyle.PREFIXED_0X.format(FIVE)).isEqualTo("0x00046C79FF");
	}

	@Test
	void spacedLikeWireshark() {
		assertThat(HexStyle.SPACED.format(FIVE)).isEqualTo("00 04 6C 79 FF");
	}

}
