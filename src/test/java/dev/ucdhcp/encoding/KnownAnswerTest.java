package dev.ucdhcp.encoding;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds' known answers, byte for byte. */
class KnownAnswerTest {

	private static final String SCHERTZ_120 = "00046C796E63077363686572747A056C6F63616C00";

	private static final String SCHERTZ_43 = "010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C04033434330525"
			+ "2F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663";

	@Test
	void schertzPoolGivesTheSeedsOption120() {
		byte[] option120 = PhoneProvisioning.of(Fqdn.parse("lync.schertz.local")).option120().bytes();

		assertThat(HexStyle.CANONICAL.format(option120)).isEqualTo(SCHERTZ_120);
		assertThat(option120).hasSize(21);
	}

	@Test
	void schertzPoolGivesTheSeedsOption43Of85Bytes() {
		byte[] option43 = PhoneProvisioning.of(Fqdn.parse("lync.schertz.local")).option43().bytes();

		assertThat(HexStyle.CANONICAL.format(option43)).isEqualTo(SCHERTZ_43);
		assertThat(option43).hasSize(0x55);
	}

	@Test
	void option43SubOptionsMatchDhcpUtilsPrintout() {
		Option43 option43 = PhoneProvisioning.of(Fqdn.parse("lync.schertz.local")).option43();

		assertThat(option43.subOptions()).extracting(SubOption::code).containsExactly(1, 2, 3, 4, 5);
		assertThat(option43.subOptions()).extracting((s) -> HexStyle.CANONICAL.format(s.value()))
			.containsExactly("4D532D55432D436C69656E74", "6874747073", "6C796E632E7363686572747A2E6C6F63616C", "343433",
					"2F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663");
	}

	@Test
	void dhcpUtilExampleServerFqdnCompanyCom() {
		PhoneProvisioning provisioning = PhoneProvisioning.of(Fqdn.parse("server.fqdn.company.com"));

		assertThat(HexStyle.CANONICAL.format(provisioning.option120().bytes()))
			.isEqualTo("0006736572766572046671646E07636F6D70616E7903636F6D00");
		assertThat(LengthBudget.of(provisioning.option43().bytes()).hexDigits()).isEqualTo(180);
		assertThat(HexStyle.CANONICAL.format(provisioning.option43().bytes()))
			.startsWith("010C4D532D55432D436C69656E740205687474707303177365727665722E6671646E2E636F6D70616E792E636F6D"
					+ "040334343305252F43")
			.endsWith("2E737663");
	}

	@Test
	void microsoftsExampleComIsSevenThenThree() {
		assertThat(Option120.of(Fqdn.parse("example.com")).bytes()).containsExactly(0, 7, 'e', 'x', 'a', 'm', 'p', 'l',
				'e', 3, 'c', 'o', 'm', 0);
	}

	@Test
	void customPortAndPathAreAsciiText() {
		PhoneProvisioning provisioning = new PhoneProvisioning(Registrar.parse("pool.contoso.com"), Optional.empty(),
				Optional.empty(), Optional.empty(), new Port(4443), CertProvPath.parse("/a"), Scheme.HTTP,
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

		assertThat(HexStyle.CANONICAL.format(provisioning.option43().bytes())).isEqualTo("010C4D532D55432D436C69656E74"
				+ "020468747470" + "0310706F6F6C2E636F6E746F736F2E636F6D" + "040434343433" + "05022F61");
	}

}
