package dev.ucdhcp.doctor;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every limit of the doctor, at the limit and one past it: paste bytes, lines, nesting
 * (ISC braces, Kea JSON, XML), words, JSON values, option values and problems; and the
 * XML parser refuses XXE and billion-laughs documents.
 */
class DoctorLimitsTest {

	private static final String ISC_HEAD = "authoritative;\n";

	@Test
	void readsAPasteOfExactlyTheLimitAndRefusesOneByteMoreAsTooLarge() {
		String atLimit = padded(ISC_HEAD, ConfigDoctor.MAX_PASTE_BYTES);
		assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(ConfigDoctor.MAX_PASTE_BYTES);
		assertThat(ConfigDoctor.diagnose(atLimit, Optional.of(PasteFormat.ISC)).format()).isEqualTo(PasteFormat.ISC);
		assertThatThrownBy(() -> ConfigDoctor.diagnose(atLimit + "#", Optional.of(PasteFormat.ISC)))
			.isInstanceOfSatisfying(UnreadablePasteException.class, (ex) -> assertThat(ex.tooLarge()).isTrue());
	}

	@Test
	void countsMultiByteCharactersAsTheirUtf8Bytes() {
		String euros = "#" + "€".repeat((ConfigDoctor.MAX_PASTE_BYTES - 1) / 3);
		assertThat(
				ConfigDoctor.diagnose(ISC_HEAD + euros.substring(0, euros.length() - 6), Optional.of(PasteFormat.ISC))
					.format())
			.isEqualTo(PasteFormat.ISC);
		assertThatThrownBy(() -> ConfigDoctor.diagnose(ISC_HEAD + euros + "€", Optional.of(PasteFormat.ISC)))
			.isInstanceOfSatisfying(UnreadablePasteException.class, (ex) -> assertThat(ex.tooLarge()).isTrue());
	}

	@Test
	void readsTheLimitOfLinesAndRefusesOneMore() {
		String lines = ISC_HEAD + "#\n".repeat(Limits.MAX_LINES - 1);
		assertThat(ConfigDoctor.diagnose(lines, Optional.of(PasteFormat.ISC)).format()).isEqualTo(PasteFormat.ISC);
		refused(lines + "#\n", PasteFormat.ISC, "lines");
	}

	@Test
	void readsTheLimitOfNestedBracesAndRefusesOneMore() {
		int depth = Limits.MAX_DEPTH;
		String nested = ISC_HEAD + "group {\n".repeat(depth) + "}\n".repeat(depth);
		assertThat(ConfigDoctor.diagnose(nested, Optional.of(PasteFormat.ISC)).format()).isEqualTo(PasteFormat.ISC);
		refused(ISC_HEAD + "group {\n".repeat(depth + 1) + "}\n".repeat(depth + 1), PasteFormat.ISC, "nested");
	}

	@Test
	void readsTheLimitOfNestedJsonAndRefusesOneMore() {
		int depth = Limits.MAX_DEPTH;
		String nested = "{\"Dhcp4\": {\"x\": " + "[".repeat(depth - 2) + "]".repeat(depth - 2) + "}}";
		assertThat(ConfigDoctor.diagnose(nested, Optional.of(PasteFormat.KEA)).format()).isEqualTo(PasteFormat.KEA);
		refused("{\"Dhcp4\": {\"x\": " + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}}", PasteFormat.KEA,
				"nested");
	}

	@Test
	void readsTheLimitOfJsonValuesAndRefusesOneMore() {
		String values = "0,".repeat(Limits.MAX_NODES - 4);
		String atLimit = "{\"Dhcp4\": {\"x\": [" + values + "0]}}";
		assertThat(ConfigDoctor.diagnose(atLimit, Optional.of(PasteFormat.KEA)).format()).isEqualTo(PasteFormat.KEA);
		refused("{\"Dhcp4\": {\"x\": [" + values + "0,0]}}", PasteFormat.KEA, "JSON values");
	}

	@Test
	void readsTheLimitOfWordsAndRefusesOneMore() {
		String words = ";".repeat(Limits.MAX_TOKENS - 2);
		assertThat(ConfigDoctor.diagnose(ISC_HEAD + words, Optional.of(PasteFormat.ISC)).format())
			.isEqualTo(PasteFormat.ISC);
		refused(ISC_HEAD + words + ";", PasteFormat.ISC, "words");
	}

	@Test
	void readsTheLimitOfNestedXmlAndRefusesOneMore() {
		int depth = Limits.MAX_DEPTH;
		String atLimit = "<DHCPServer>" + "<a>".repeat(depth - 1) + "</a>".repeat(depth - 1) + "</DHCPServer>";
		assertThat(ConfigDoctor.diagnose(atLimit, Optional.empty()).format()).isEqualTo(PasteFormat.WINXML);
		refused("<DHCPServer>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</DHCPServer>", PasteFormat.WINXML,
				"nested");
	}

	@Test
	void readsTheLimitOfOptionValuesAndRefusesOneMore() {
		String values = "dhcp-option=42,192.0.2.1\n".repeat(Limits.MAX_SETTINGS);
		assertThat(ConfigDoctor.diagnose(values, Optional.of(PasteFormat.DNSMASQ)).format())
			.isEqualTo(PasteFormat.DNSMASQ);
		refused(values + "dhcp-option=42,192.0.2.1\n", PasteFormat.DNSMASQ, "option values");
	}

	@Test
	void reportsAtMostTheLimitOfProblems() {
		String hexAsText = "dhcp-vendorclass=set:msuc,MS-UC-Client\n"
				+ "dhcp-option=tag:msuc,43,010C4D532D55432D436C69656E74\n".repeat(Limits.MAX_PROBLEMS - 1);
		Diagnosis atLimit = ConfigDoctor.diagnose(hexAsText, Optional.of(PasteFormat.DNSMASQ));
		assertThat(atLimit.problems()).hasSize(Limits.MAX_PROBLEMS);
		assertThat(atLimit.problems()).anyMatch((problem) -> problem.code() == ProblemCode.O120_MISSING);
		Diagnosis past = ConfigDoctor.diagnose(hexAsText + "dhcp-option=tag:msuc,43,010C4D532D55\n",
				Optional.of(PasteFormat.DNSMASQ));
		assertThat(past.problems()).hasSize(Limits.MAX_PROBLEMS);
	}

	@Test
	void refusesAnXmlExternalEntityWithoutReadingIt() {
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE DHCPServer [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<DHCPServer><IPv4><Classes><Class><Name>&xxe;</Name></Class></Classes></IPv4></DHCPServer>";
		assertThatThrownBy(() -> ConfigDoctor.diagnose(xxe, Optional.empty()))
			.isInstanceOf(UnreadablePasteException.class)
			.hasMessageNotContaining("root:")
			.hasMessageContaining("document type declaration");
	}

	@Test
	void refusesABillionLaughsDocumentAtOnce() {
		StringBuilder laughs = new StringBuilder(
				"<?xml version=\"1.0\"?>\n<!DOCTYPE DHCPServer [\n" + "<!ENTITY lol0 \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			laughs.append("<!ENTITY lol")
				.append(i)
				.append(" \"")
				.append(("&lol" + (i - 1) + ";").repeat(10))
				.append("\">\n");
		}
		laughs.append("]>\n<DHCPServer>&lol9;</DHCPServer>");
		long start = System.nanoTime();
		assertThatThrownBy(() -> ConfigDoctor.diagnose(laughs.toString(), Optional.of(PasteFormat.WINXML)))
			.isInstanceOf(UnreadablePasteException.class);
		assertThat(System.nanoTime() - start).as("refused without expanding").isLessThan(5_000_000_000L);
	}

	@Test
	void namesTheFormatsWhenItCannotTellThePasteFormat() {
		assertThatThrownBy(() -> ConfigDoctor.diagnose("hello world", Optional.empty()))
			.isInstanceOfSatisfying(UnreadablePasteException.class, (ex) -> {
				assertThat(ex.tooLarge()).isFalse();
				assertThat(ex.getMessage()).contains(PasteFormat.ids());
			});
	}

	private static void refused(String paste, PasteFormat format, String what) {
		assertThatThrownBy(() -> ConfigDoctor.diagnose(paste, Optional.of(format)))
			.isInstanceOfSatisfying(UnreadablePasteException.class, (ex) -> {
				assertThat(ex.tooLarge()).isFalse();
				assertThat(ex.getMessage()).contains(what);
			});
	}

	private static String padded(String head, int bytes) {
		StringBuilder out = new StringBuilder(head);
		out.append("#");
		out.append("x".repeat(bytes - head.length() - 1));
		return out.toString();
	}

}
