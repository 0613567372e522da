package dev.ucdhcp.dhcp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DhcpMessageTest {

	private static final byte[] MAC = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x0A };

	private static final byte[] CIADDR = { (byte) 192, 0, 2, 10 };

	/**
	 * A phone's DHCPINFORM: header, cookie, options 53, 60, 55, end; then zeros to 300
	 * bytes.
	 */
	private static final String INFORM = "01010600" // op BOOTREQUEST, htype Ethernet,
													// hlen 6, hops 0
			+ "12345678" // xid
			+ "0000" + "0000" // secs, flags (no broadcast)
			+ "C000020A" // ciaddr 192.0.2.10
			+ "00000000" + "00000000" + "00000000" // yiaddr, siaddr, giaddr
			+ "02000000000A" + "00000000000000000000" // chaddr, padded to 16
			+ "00".repeat(64) + "00".repeat(128) // sname, file
			+ "63825363" // magic cookie
			+ "350108" // 53: DHCPINFORM
			+ "3C0C4D532D55432D436C69656E74" // 60: "MS-UC-Client"
			+ "3707" + "0103060F2A2B78" // 55: 1 3 6 15 42 43 120
			+ "FF";

	@Test
	void encodesAPhonesInformByteForByte() {
		byte[] encoded = inform().encode();

		byte[] expected = HexFormat.of().parseHex(INFORM);
		assertThat(encoded).hasSize(300);
		assertThat(Arrays.copyOf(encoded, expected.length)).isEqualTo(expected);
		assertThat(Arrays.copyOfRange(encoded, expected.length, 300)).containsOnly(0);
	}

	@Test
	void parsesWhatItEncodes() {
		DhcpMessage parsed = DhcpMessage.parse(HexFormat.of().parseHex(INFORM));

		assertThat(parsed).isEqualTo(inform());
		assertThat(parsed.messageType()).contains(MessageType.DHCPINFORM);
		assertThat(parsed.option(60))
			.hasValueSatisfying((value) -> assertThat(value).asString().isEqualTo("MS-UC-Client"));
	}

	@Test
	void readsAServersAckWithPadsAndTheFieldsItSets() {
		String ack = "02010600" + "12345678" + "0000" + "8000" + "C000020A" + "C0000264" + "C0000201" + "00000000"
				+ "02000000000A" + "00".repeat(10) + "00".repeat(192) + "63825363" + "350105" + "3604C0000201" + "0000" // two
																														// pad
																														// bytes
				+ "7815" + "00046C796E63077363686572747A056C6F63616C00" + "FF" + "00".repeat(8);

		DhcpMessage parsed = DhcpMessage.parse(HexFormat.of().parseHex(ack));

		assertThat(parsed.op()).isEqualTo(DhcpMessage.BOOTREPLY);
		assertThat(parsed.xid()).isEqualTo(0x12345678);
		assertThat(parsed.flags()).isEqualTo(DhcpMessage.BROADCAST_FLAG);
		assertThat(parsed.yiaddr()).containsExactly(192, 0, 2, 100);
		assertThat(parsed.messageType()).contains(MessageType.DHCPACK);
		assertThat(parsed.options().keySet()).containsExactly(53, 54, 120);
		assertThat(parsed.option(120))
			.hasValueSatisfying((value) -> assertThat(HexFormat.of().withUpperCase().formatHex(value))
				.isEqualTo("00046C796E63077363686572747A056C6F63616C00"));
	}

	@Test
	void concatenatesARepeatedOptionAsRfc3396Says() {
		String split = header() + "2B03010141" + "2B03020142" + "FF";

		DhcpMessage parsed = DhcpMessage.parse(HexFormat.of().parseHex(split));

		assertThat(parsed.option(43))
			.hasValueSatisfying((value) -> assertThat(value).containsExactly(0x01, 0x01, 0x41, 0x02, 0x01, 0x42));
	}

	@Test
	void splitsAValueLongerThan255BytesIntoSeveralOptions() {
		byte[] value = new byte[300];
		Arrays.fill(value, (byte) 0x41);
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		options.put(43, value);
		DhcpMessage message = new DhcpMessage(1, 1, 0, new byte[4], new byte[4], MAC, options);

		byte[] encoded = message.encode();

		assertThat(encoded[240] & 0xFF).isEqualTo(43);
		assertThat(encoded[241] & 0xFF).isEqualTo(255);
		assertThat(encoded[240 + 2 + 255] & 0xFF).isEqualTo(43);
		assertThat(encoded[240 + 2 + 255 + 1] & 0xFF).isEqualTo(45);
		assertThat(DhcpMessage.parse(encoded).option(43)).hasValueSatisfying((v) -> assertThat(v).isEqualTo(value));
	}

	@Test
	void readsOptionsMovedIntoTheFileAndSnameFieldsByOverload() {
		String sname = "7803000102" + "FF" + "00".repeat(64 - 6);
		String file = "2B0301014D" + "FF" + "00".repeat(128 - 6);
		String overloaded = "02010600" + "00000001" + "0000" + "0000" + "00000000".repeat(4) + "02000000000A"
				+ "00".repeat(10) + sname + file + "63825363" + "350105" + "340103" + "FF";

		DhcpMessage parsed = DhcpMessage.parse(HexFormat.of().parseHex(overloaded));

		assertThat(parsed.options().keySet()).containsExactly(53, 52, 43, 120);
		assertThat(parsed.option(43)).hasValueSatisfying((v) -> assertThat(v).containsExactly(0x01, 0x01, 0x4D));
		assertThat(parsed.option(120)).hasValueSatisfying((v) -> assertThat(v).containsExactly(0x00, 0x01, 0x02));
	}

	@Test
	void ignoresFileAndSnameWithoutOverload() {
		String sname = "7803000102" + "FF" + "00".repeat(64 - 6);
		String message = "02010600" + "00000001" + "0000" + "0000" + "00000000".repeat(4) + "02000000000A"
				+ "00".repeat(10) + sname + "00".repeat(128) + "63825363" + "350105" + "FF";

		assertThat(DhcpMessage.parse(HexFormat.of().parseHex(message)).options().keySet()).containsExactly(53);
	}

	@Test
	void refusesADatagramWithoutTheMagicCookie() {
		String noCookie = header().substring(0, header().length() - 8) + "00000000" + "FF";

		assertThatExceptionOfType(DhcpMessage.MalformedMessageException.class)
			.isThrownBy(() -> DhcpMessage.parse(HexFormat.of().parseHex(noCookie)))
			.withMessageContaining("magic cookie");
	}

	@Test
	void refusesAnOptionThatRunsPastTheEnd() {
		String cut = header() + "2B55" + "010C4D53";

		assertThatExceptionOfType(DhcpMessage.MalformedMessageException.class)
			.isThrownBy(() -> DhcpMessage.parse(HexFormat.of().parseHex(cut)))
			.withMessageContaining("option 43");
	}

	@Test
	void refusesADatagramShorterThanTheHeader() {
		assertThatExceptionOfType(DhcpMessage.MalformedMessageException.class)
			.isThrownBy(() -> DhcpMessage.parse(new byte[100]))
			.withMessageContaining("100 bytes");
	}

	private static String header() {
		return "02010600" + "00000001" + "0000" + "0000" + "00000000".repeat(4) + "02000000000A" + "00".repeat(10)
				+ "00".repeat(192) + "63825363";
	}

	static DhcpMessage inform() {
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		options.put(53, new byte[] { 8 });
		options.put(60, "MS-UC-Client".getBytes(StandardCharsets.US_ASCII));
		options.put(55, new byte[] { 1, 3, 6, 15, 42, 43, 120 });
		return new DhcpMessage(DhcpMessage.BOOTREQUEST, 0x12345678, 0, CIADDR, new byte[4], MAC, options);
	}

	@Test
	void macTextIsLowerCaseHexPairsWithColonsAsLogsAndTheProbeShowIt() {
		assertThat(DhcpMessage.macText(new byte[] { 0x00, 0x1A, (byte) 0xB2, 0x3C, (byte) 0xFF, 0x05 }))
			.isEqualTo("00:1a:b2:3c:ff:05");
	}

}
