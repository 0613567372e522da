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
		int first = 0;
		while (first < text.length() && entity(text.charAt(first)) == null) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		return escape(text, new StringBuilder(text.length() + text.length() / 8)).toString();
	}

	/** Appends the text escaped. */
	static StringBuilder escape(String text, StringBuilder escaped) {
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			String entity = entity(text.charAt(i));
			if (entity != null) {
				escaped.append(text, from, i).append(entity);
				from = i + 1;
			}
		}
		return escaped.append(text, from, text.length());
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
