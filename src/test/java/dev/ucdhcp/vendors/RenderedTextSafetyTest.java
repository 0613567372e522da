package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.support.Queries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input the validation accepts can add a line, a quote or a comment character to a
 * rendered file. Each hostile input is rendered next to its twin, the same input with
 * every name and path character replaced by {@code a} (same lengths, so the same layout):
 * outside comment lines, both must hold the same target-specific special characters in
 * the same order, line by line. Comment lines may echo the inputs, but stay one line and
 * (in a .bat) keep every {@code %} doubled.
 */
class RenderedTextSafetyTest {

	private static final int RANDOM_INPUTS = 300;

	/**
	 * Per target: what starts a comment line, and the characters that would change the
	 * meaning of a config line.
	 */
	private static final Map<String, Syntax> SYNTAX = Map.of("netsh", new Syntax("rem( |$)", "\"'%&|<>()^!"),
			"powershell", new Syntax("\\s*#", "\"'`#$;&|()[]{}@<>"), "isc", new Syntax("\\s*#", "\"'`\\#;{}"), "kea",
			new Syntax("\\s*//", "\"'`\\#/*,{}[]"), "cisco", new Syntax("\\s*!", "\"'`\\!#%$&()*,"), "mikrotik",
			new Syntax("\\s*#", "\"'`\\#$;[]{}()"), "dnsmasq", new Syntax("#", "\"'`\\#,"));

	private record Syntax(String commentStart, String specials) {

		boolean isComment(String line) {
			return Pattern.compile("^" + this.commentStart).matcher(line).find();
		}

		String specialsIn(String line) {
			StringBuilder found = new StringBuilder();
			line.chars().filter((c) -> this.specials.indexOf(c) >= 0).forEach((c) -> found.append((char) c));
			return found.toString();
		}

	}

	static List<Map<String, String>> hostileInputs() {
		List<Map<String, String>> inputs = new ArrayList<>(new ValidInputs(7L).next(RANDOM_INPUTS));
		ValidInputs names = new ValidInputs(11L);
		for (String path : ValidInputs.HOSTILE_PATHS) {
			inputs.add(GoldenCases.inputs("pool", names.fqdn(), "web", names.fqdn(), "sba", names.fqdn(), "path", path,
					"port", "1", "scheme", "http", "scope", "10.0.0.0/8", "ntp", "1.2.3.4,5.6.7.8", "vlan", "4094"));
		}
		return inputs;
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void inputsAddNoLineQuoteOrCommentCharacter(Map<String, String> inputs) {
		PhoneProvisioning hostile = GoldenCases.parse(inputs);
		PhoneProvisioning twin = GoldenCases.parse(twin(inputs));
		for (Target target : new TargetRegistry().all()) {
			Syntax syntax = SYNTAX.get(target.id());
			List<String> hostileLines = lines(target, target.render(hostile, Queries.permalink(hostile, target)));
			List<String> twinLines = lines(target, target.render(twin, Queries.permalink(twin, target)));
			List<String> hostileConfig = hostileLines.stream().filter((line) -> !syntax.isComment(line)).toList();
			List<String> twinConfig = twinLines.stream().filter((line) -> !syntax.isComment(line)).toList();
			assertThat(hostileConfig).as(target.id() + ": config lines").hasSameSizeAs(twinConfig);
			for (int i = 0; i < hostileConfig.size(); i++) {
				assertThat(syntax.specialsIn(hostileConfig.get(i)))
					.as(target.id() + " line %s\n  hostile: %s\n  twin:    %s", i, hostileConfig.get(i),
							twinConfig.get(i))
					.isEqualTo(syntax.specialsIn(twinConfig.get(i)));
			}
			for (String line : hostileLines) {
				assertThat(line.chars().allMatch((c) -> c >= 0x20 && c < 0x7F))
					.as(target.id() + ": printable ASCII only: " + line)
					.isTrue();
				if (target.id().equals("netsh") && syntax.isComment(line)) {
					assertThat(line.replace("%%", "")).as("a .bat expands a single %%: " + line).doesNotContain("%");
				}
			}
		}
	}

	@Test
	void aPermalinkCannotStartALineOfItsOwn() {
		PhoneProvisioning provisioning = GoldenCases.parse(GoldenCases.inputs("pool", "lync.schertz.local"));
		String hostileLink = "http://x/?a=1\r\nnetsh dhcp server delete scope 10.0.0.0\n\"quoted\"\u2028next";
		for (Target target : new TargetRegistry().all()) {
			List<String> lines = lines(target, target.render(provisioning, hostileLink));
			assertThat(lines).as(target.id()).noneMatch((line) -> line.startsWith("netsh dhcp server delete scope"));
			assertThat(lines).as(target.id()).allMatch((line) -> line.chars().allMatch((c) -> c >= 0x20 && c < 0x7F));
		}
	}

	/** Lines as the target's own reader splits them; a stray CR or LF fails here. */
	private static List<String> lines(Target target, String text) {
		String terminator = target.id().equals("netsh") ? "\r\n" : "\n";
		String[] lines = text.split(terminator, -1);
		assertThat(lines[lines.length - 1]).as(target.id() + " ends with a line terminator").isEmpty();
		for (String line : lines) {
			assertThat(line).as(target.id() + ": no stray CR or LF").doesNotContain("\r").doesNotContain("\n");
		}
		return List.of(lines).subList(0, lines.length - 1);
	}

	/** The same input with every name and path character replaced by a letter. */
	private static Map<String, String> twin(Map<String, String> inputs) {
		Map<String, String> twin = new LinkedHashMap<>(inputs);
		for (String name : List.of("pool", "web", "director", "sba")) {
			twin.computeIfPresent(name, (key, value) -> value.replaceAll("[^.]", "a"));
		}
		twin.computeIfPresent("path", (key, value) -> "/" + "a".repeat(value.length() - 1));
		return twin;
	}

}
