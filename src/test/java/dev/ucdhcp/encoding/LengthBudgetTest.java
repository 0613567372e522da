package dev.ucdhcp.encoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LengthBudgetTest {

	@Test
	void defaultValuesLeaveTwentyThreeCharactersForTheWebFqdnOnCisco() {
		Fqdn web = Fqdn.parse("lync.schertz.local");
		Option43 option43 = PhoneProvisioning.of(web).option43();

		assertThat(LengthBudget.webFqdnBudget(option43, web, PlatformLimit.CISCO_IOS_HEX)).isEqualTo(23);
	}

	@Test
	void thirtyCharacterWebFqdnIsFourteenHexDigitsOverCisco() {
		Fqdn web = Fqdn.parse("lyncwebint01.pool.contoso.corp");
		LengthBudget budget = LengthBudget.of(PhoneProvisioning.of(web).option43().bytes());

		assertThat(web.length()).isEqualTo(30);
		assertThat(budget.bytes()).isEqualTo(97);
		assertThat(budget.crossed()).containsExactly(PlatformLimit.CISCO_IOS_HEX);
		assertThat(budget.hexDigitsOver(PlatformLimit.CISCO_IOS_HEX)).isEqualTo(14);
	}

	@Test
	void registrarOf253CharactersMakesOption120TooLong() {
		String label63 = "a".repeat(63);
		Fqdn registrar = Fqdn.parse(String.join(".", label63, label63, label63, "b".repeat(61)));
		PhoneProvisioning provisioning = PhoneProvisioning.of(registrar);

		assertThat(provisioning.option120().bytes()).hasSize(256);
		assertThat(provisioning.warnings()).extracting(Warning::code).contains(WarningCode.OPTION_TOO_LONG);
	}

	@Test
	void longNamesWarnThatAMinimumSizeReplyCannotCarryBothOptions() {
		// the probe saw ISC drop 120 and dnsmasq drop 43 with a 134-character FQDN and no
		// option 57
		PhoneProvisioning fits = PhoneProvisioning.of(Fqdn.parse("a".repeat(60) + "." + "b".repeat(28) + ".com"));
		PhoneProvisioning crowded = PhoneProvisioning
			.of(Fqdn.parse("a".repeat(63) + "." + "b".repeat(63) + ".example"));

		assertThat(fits.warnings()).isEmpty();
		assertThat(crowded.warnings()).extracting(Warning::code).containsExactly(WarningCode.REPLY_SPACE);
		assertThat(crowded.warnings().get(0).message()).contains("take 344 bytes");
	}

	@Test
	void schertzExampleFitsEverywhere() {
		LengthBudget budget = LengthBudget
			.of(PhoneProvisioning.of(Fqdn.parse("lync.schertz.local")).option43().bytes());

		assertThat(budget.hexDigits()).isEqualTo(170);
		assertThat(budget.crossed()).isEmpty();
		assertThat(budget.hexDigitsOver(PlatformLimit.CISCO_IOS_HEX)).isZero();
	}

}
