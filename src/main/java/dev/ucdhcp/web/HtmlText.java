package dev.ucdhcp.web;

/**
 * Escapes text for an HTML element's body exactly as Thymeleaf's {@code th:text} does
 * (the five markup characters, nothing else), in one pass. For the config file, a few KB
 * full of quotes: {@code th:text} escapes large texts while writing them a character at a
 * time, a tenth of a page's CPU (bench/run.sh, JFR). {@code HtmlTextTest} holds it to
 * Thymeleaf's own escaping.
 */
final class HtmlText {

	private HtmlText() {
	}

	static String escape(String text) {
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			String entity = entity(text.charAt(i));
			if (entity != null) {
				if (escaped == null) {
					escaped = new StringBuilder(text.length() + text.length() / 8).append(text, 0, i);
				}
				escaped.append(entity);
			}
			else if (escaped != null) {
				escaped.append(text.charAt(i));
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	private static String entity(char character) {
		return switch (character) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\'' -> "&#39;";
			default -> null;
		};
	}

}
