package dev.ucdhcp.encoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FqdnTest {

	@Test
	void dropsOneTrailingDotAndKeepsCase() {
		assertThat(Fqdn.parse("Lync.Schertz.Local.").value()).isEqualTo("Lync.Schertz.Local");
	}

	@Test
	void wireFormIsLengthPrefixedLabelsClosedByRoot() {
		assertThat(Fqdn.parse("a.bc").wire()).containsExactly(1, 'a', 2, 'b', 'c', 0);
	}

	@Test
	void acceptsLabelOf63OctetsAndNameOf253() {
		String label63 = "a".repeat(63);
		String name253 = String.join(".", label63, label63, label63, "b".repeat(61));

		assertThat(Fqdn.parse(label63 + ".com").labels()).first().isEqualTo(label63);
		assertThat(Fqdn.parse(name253).length()).isEqualTo(253);
	}

	@Test
	void rejectsLabelLongerThan63Octets() {
		assertThatThrownBy(() -> Fqdn.parse("a".repeat(64) + ".com")).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("at most 63");
	}

	@Test
	void rejectsNameLongerThan253() {
		String label63 = "a".repeat(63);
		assertThatThrownBy(() -> Fqdn.parse(String.join(".", label63, label63, label63, "b".repeat(62))))
			.hasMessageContaining("at most 253");
	}

	@Test
	void rejectsSingleLabel() {
		assertThatThrownBy(() -> Fqdn.parse("lyncpool")).hasMessageContaining("fully qualified");
	}

	@Test
	void namesTheBadCharacterBeforeCountingLabels() {
		assertThatThrownBy(() -> Fqdn.parse("lync_pool")).hasMessageContaining("only letters A-Z, digits and hyphens");
	}

	@Test
	void rejectsAllDigitLastLabelSoAnAddressIsNotAName() {
		assertThatThrownBy(() -> Fqdn.parse("10.10.10.10")).hasMessageContaining("IP address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-lync.contoso.com", "lync-.contoso.com", "lync..contoso.com", ".lync.contoso.com",
			"ly_nc.contoso.com", "lync.contoso.com..", "lync.contoso.com\n", "lync\".contoso.com", "lync;x.contoso.com",
			"lync.contoso.com#", "lync contoso.com", "lync.cöntoso.com", "" })
	void rejectsEverythingOutsideTheRule(String name) {
		assertThatThrownBy(() -> Fqdn.parse(name)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void messageEchoesRejectedLabelWithoutControlCharacters() {
		assertThatThrownBy(() -> Fqdn.parse("a\nb.contoso.com")).hasMessageContaining("\"a?b\"")
			.hasMessageNotContaining("\n");
	}

}
