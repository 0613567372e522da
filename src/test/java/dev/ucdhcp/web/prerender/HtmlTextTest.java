package dev.ucdhcp.web.prerender;

import java.util.stream.Stream;

import dev.ucdhcp.support.RandomInputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The config's escaping writes what {@code th:text} writes: Thymeleaf escapes element
 * text with unbescape's HTML4/XML level-1 escape, and so must {@link HtmlText}, for
 * markup characters, quotes, line ends and any other character.
 */
class HtmlTextTest {

	@ParameterizedTest
	@MethodSource("texts")
	void escapesLikeThymeleafsText(String text) {
		assertThat(HtmlText.escape(text)).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
	}

	static Stream<String> texts() {
		Stream<String> known = Stream.of("", "plain", "<script>alert('x')</script>", "a & b", "\"quoted\"",
				"{ \"option-data\": [ { \"name\": \"vendor-encapsulated-options\" } ] }", "&amp; stays escaped once",
				"line\r\nend\ttab\0nul", "é ü \u2028 \uD83D\uDE00", ">", "'");
		Stream<String> random = RandomInputs.samples(43, 2000, (inputs) -> {
			StringBuilder text = new StringBuilder();
			for (int i = inputs.nextInt(40); i > 0; i--) {
				text.append(inputs.nextInt(3) == 0 ? inputs.hostile() : (char) inputs.nextInt(0x3000));
			}
			return text.toString();
		});
		return Stream.concat(known, random);
	}

}
