package dev.ucdhcp.encoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A scope that is almost CIDR gets a "did you mean" with a valid scope; a guess only
 * where one is likely.
 */
class NearMissTest {

	@Test
	void hostBitsSetSuggestTheNetwork() {
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.5/24"))
			.hasMessageEndingWith("did you mean 10.20.30.0/24?");
	}

	@Test
	void aPrefixPastThirtyIsATypoOfTheTensDigitOrAHost() {
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.0/33")).hasMessageContaining("/33")
			.hasMessageEndingWith("Did you mean 10.20.30.0/23?");
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.7.0/33")).hasMessageEndingWith("Did you mean 10.20.7.0/24?");
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.31.0/34"))
			.hasMessageEndingWith("Did you mean 10.20.31.0/24?");
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.7/32"))
			.hasMessageEndingWith("Did you mean 10.20.30.0/24?");
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.0/31"))
			.hasMessageEndingWith("Did you mean 10.20.30.0/24?");
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.0/99"))
			.hasMessageEndingWith("Did you mean 10.20.30.0/24?");
	}

	@Test
	void aNetmaskOrAMissingPrefixIsReadAsThePrefix() {
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.0/255.255.255.0"))
			.hasMessageEndingWith("Did you mean 10.20.30.0/24?");
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.0.0 255.255.252.0"))
			.hasMessageEndingWith("Did you mean 10.20.0.0/22?");
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.0")).hasMessageEndingWith("Did you mean 10.20.30.0/24?");
	}

	@Test
	void noGuessWhereNoneIsLikely() {
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.7"))
			.hasMessage("Enter the scope as network/prefix, e.g. 10.10.20.0/24.");
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.0/255.0.255.0"))
			.hasMessage("Enter the scope as network/prefix, e.g. 10.10.20.0/24.");
		assertThatThrownBy(() -> Ipv4Network.parse("berlin"))
			.hasMessage("Enter the scope as network/prefix, e.g. 10.10.20.0/24.");
		assertThatThrownBy(() -> Ipv4Network.parse("10.20.30.0/4"))
			.hasMessage("A DHCP scope needs a prefix length from /8 to /30.");
	}

	@Test
	void aSitesLineCarriesTheSuggestion() {
		SiteLines.Result result = SiteLines.parse("berlin,192.0.2.0/24\nparis,198.51.100.0/33");
		assertThat(result.errors()).singleElement()
			.satisfies((error) -> assertThat(error.located())
				.isEqualTo("Line 2, scope: A DHCP scope needs a prefix length from /8 to /30; /33 leaves no room for"
						+ " phones. Did you mean 198.51.100.0/23?"));
	}

}
