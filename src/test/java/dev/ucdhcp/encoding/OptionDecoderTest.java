package dev.ucdhcp.encoding;

import dev.ucdhcp.encoding.DecodedOption.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OptionDecoderTest {

	private static final String SCHERTZ_43 = "010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C04033434330525"
			+ "2F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663";

	/**
	 * The seed article's capture of a Windows DHCPACK: header 2B 5A, then the value and
	 * the NAP trailer.
	 */
	private static final String SEED_WIRE_TRACE = "2B 5A 01 0C 4D 53 2D 55 43 2D 43 6C 69 65 6E 74 02 05 68 74 74 70 73 03 12"
			+ " 6C 79 6E 63 2E 73 63 68 65 72 74 7A 2E 6C 6F 63 61 6C 04 03 34 34 33 05 25 2F 43 65 72 74 50 72 6F 76"
			+ " 2F 43 65 72 74 50 72 6F 76 69 73 69 6F 6E 69 6E 67 53 65 72 76 69 63 65 2E 73 76 63 DC 03 4E 41 50";

	@Test
	void decodesTheSeedsWireTraceWithHeaderAndNapTrailer() {
		DecodedOption decoded = OptionDecoder.decode(SEED_WIRE_TRACE);

		assertThat(decoded.code()).isEqualTo(43);
		assertThat(decoded.header()).isTrue();
		assertThat(decoded.value()).hasSize(0x5A);
		assertThat(decoded.valid()).isTrue();
		assertThat(decoded.subOptions()).extracting(SubOption::code).containsExactly(1, 2, 3, 4, 5, 220);
		assertThat(decoded.subOptionText(220)).contains("NAP");
		assertThat(decoded.provisioningUrl())
			.contains("https://lync.schertz.local:443/CertProv/CertProvisioningService.svc");
		assertThat(decoded.findings()).anyMatch((f) -> f.message().contains("NAP trailer"))
			.anyMatch((f) -> f.message().contains("85 bytes (0x55)"));
	}

	@Test
	void decodesDhcpUtilOutputWithoutHeader() {
		DecodedOption decoded = OptionDecoder.decode(SCHERTZ_43);

		assertThat(decoded.code()).isEqualTo(43);
		assertThat(decoded.header()).isFalse();
		assertThat(decoded.findings()).isEmpty();
		assertThat(decoded.spans()).hasSize(5);
		assertThat(decoded.spans().get(2).role()).isEqualTo("sub-option 3 · Web Server FQDN");
		assertThat(decoded.spans().get(2).meaning()).isEqualTo("18 bytes: \"lync.schertz.local\"");
	}

	@Test
	void readsCiscoShowRunLineAndTakesTheCodeFromIt() {
		DecodedOption decoded = OptionDecoder
			.decode(" option 120 hex 0004.6c79.6e63.0773.6368.6572.747a.056c.6f63.616c.00");

		assertThat(decoded.code()).isEqualTo(120);
		assertThat(decoded.names()).containsExactly("lync.schertz.local");
		assertThat(decoded.valid()).isTrue();
	}

	@Test
	void readsRouterOsAndColonStyles() {
		assertThat(OptionDecoder.decode("value=0x00046C796E63077363686572747A056C6F63616C00").registrar())
			.contains("lync.schertz.local");
		assertThat(OptionDecoder.decode("00:04:6c:79:6e:63:07:73:63:68:65:72:74:7a:05:6c:6f:63:61:6c:00").registrar())
			.contains("lync.schertz.local");
	}

	@Test
	void reportsValueCutAt180HexDigitsAsTruncated() {
		String full = HexStyle.CANONICAL
			.format(PhoneProvisioning.of(Fqdn.parse("sipserver.fqdn.company.com")).option43().bytes());
		DecodedOption decoded = OptionDecoder.decode(full.substring(0, 180));

		assertThat(full).hasSize(186);
		assertThat(decoded.valid()).isFalse();
		assertThat(decoded.errors()).singleElement()
			.satisfies(
					(f) -> assertThat(f.message()).startsWith("Sub-option 5 (Relative Path for Cert Prov) says 37 bytes"
							+ " but only 34 follow: the value is truncated"));
	}

	@Test
	void aCutOffSubOptionIsReportedOnceNotAlsoAsMissing() {
		DecodedOption decoded = OptionDecoder.decode("010C4D532D55432D436C69656E740205687474");

		assertThat(decoded.errors()).extracting(DecodedOption.Finding::message)
			.anyMatch((m) -> m.startsWith("Sub-option 2 (URL Scheme) says 5 bytes but only 3 follow"))
			.noneMatch((m) -> m.startsWith("Sub-option 2 is missing"))
			.anyMatch((m) -> m.startsWith("Sub-option 3 is missing"));
	}

	@Test
	void recognisesDnsmasqClosingFf() {
		DecodedOption decoded = OptionDecoder.decode(SCHERTZ_43 + "FF");

		assertThat(decoded.valid()).isTrue();
		assertThat(decoded.spans()).last().extracting(DecodedOption.Span::role).isEqualTo("end");
		assertThat(decoded.findings()).anyMatch((f) -> f.message().contains("dnsmasq"));
	}

	@Test
	void flagsHeaderLengthLongerThanWhatFollows() {
		DecodedOption decoded = OptionDecoder.decode("2B 5A 01 0C 4D 53");

		assertThat(decoded.errors()).first()
			.extracting(DecodedOption.Finding::message)
			.asString()
			.contains("says 90 bytes follow, but only 4 do");
	}

	@Test
	void flagsPortWrittenAsTwoByteInteger() {
		String dnsmasqUnquoted = SCHERTZ_43.replace("0403343433", "040201BB");

		assertThat(OptionDecoder.decode(dnsmasqUnquoted).errors())
			.anyMatch((f) -> f.message().contains("2-byte integer 443"));
	}

	@Test
	void explainsPlainAsciiNameInOption120() {
		DecodedOption decoded = OptionDecoder.decode("6C796E632E7363686572747A2E6C6F63616C");

		assertThat(decoded.code()).isEqualTo(120);
		assertThat(decoded.errors()).first()
			.extracting(DecodedOption.Finding::message)
			.asString()
			.contains("plain text")
			.contains("00046C796E63077363686572747A056C6F63616C00");
	}

	@Test
	void flagsForgottenRootByte() {
		assertThat(OptionDecoder.decode("00046C796E63077363686572747A056C6F63616C").errors())
			.anyMatch((f) -> f.message().contains("root byte 00"));
	}

	@Test
	void readsIpv4EncodingAddressByAddress() {
		DecodedOption decoded = OptionDecoder.decode("option 120 hex 01 0A 0A 0A 0A C0 00 02 05");

		assertThat(decoded.valid()).isTrue();
		assertThat(decoded.code()).isEqualTo(120);
		assertThat(decoded.names()).containsExactly("10.10.10.10", "192.0.2.5");
		assertThat(decoded.spans())
			.extracting(DecodedOption.Span::hex, DecodedOption.Span::role, DecodedOption.Span::meaning)
			.containsExactly(tuple("01", "encoding", "01: IPv4 addresses follow (RFC 3361)"),
					tuple("0A 0A 0A 0A", "address", "10.10.10.10"), tuple("C0 00 02 05", "address", "192.0.2.5"));
		assertThat(decoded.findings()).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("phones contact 10.10.10.10 first"));
	}

	@Test
	void recognisesIpv4EncodingWithoutAHint() {
		DecodedOption decoded = OptionDecoder.decode("01C0000205");

		assertThat(decoded.code()).isEqualTo(120);
		assertThat(decoded.registrar()).contains("192.0.2.5");
		assertThat(OptionDecoder.decode("78 05 01 C0 00 02 05").names()).containsExactly("192.0.2.5");
	}

	@Test
	void aCutOffOption43StartingLikeAnAddressListStaysOption43() {
		assertThat(OptionDecoder.decode("010C4D532D").code()).isEqualTo(43);
	}

	@Test
	void flagsACutOffAddress() {
		DecodedOption decoded = OptionDecoder.decode("option 120 hex 01 C0 00 02 05 C0 00");

		assertThat(decoded.names()).containsExactly("192.0.2.5");
		assertThat(decoded.errors()).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("2 of its 4 bytes"));
		assertThat(OptionDecoder.decode("option 120 hex 01").errors())
			.anyMatch((f) -> f.message().contains("holds no address"));
	}

	@Test
	void refusesAnUndefinedEncoding() {
		assertThat(OptionDecoder.decode("option 120 hex 02 0A 0A 0A 0A").errors())
			.anyMatch((f) -> f.message().contains("Encoding byte 02 is not defined"));
	}

	@Test
	void followsCompressionPointersLikeDnsmasqWrites() {
		// enc 00, "a.example.com", then "b" + pointer to "example.com" at offset 3 from
		// the encoding byte
		DecodedOption decoded = OptionDecoder.decode("00 01 61 07 65 78 61 6D 70 6C 65 03 63 6F 6D 00 01 62 C0 03");

		assertThat(decoded.names()).containsExactly("a.example.com", "b.example.com");
	}

	@Test
	void refusesNonHexWithThePosition() {
		DecodedOption decoded = OptionDecoder.decode("010G");

		assertThat(decoded.findings()).singleElement().satisfies((f) -> {
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.message()).contains("\"G\" (hex digit 4)");
		});
	}

	@Test
	void refusesOddDigitCount() {
		assertThat(OptionDecoder.decode("010").errors()).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("odd count"));
	}

}
