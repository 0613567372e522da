package dev.ucdhcp.web.prerender;

/**
 * Escapes text for an HTML element's body exactly as Thymeleaf's {@code th:text} does
 * (the five markup characters, nothing else), in one pass. For the config file, a few KB
 * full of quotes: {@code th:text} escapes large texts while writing them a character at a
 * time, a tenth of a page's CPU (bench/run.sh, JFR). {@code HtmlTextTest} holds it to
 * Thymeleaf's own escaping.
 */
public final class HtmlText {

	private HtmlText() {
	}

	public static String escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (entity(text.charAt(i)) != null) {
				StringBuilder escaped = new StringBuilder(escapedLength(text)).append(text, 0, i);
				return escape(text, i, escaped).toString();
			}
		}
		return text;
	}

	/** The text's length once escaped. */
	static int escapedLength(String text) {
		int length = text.length();
		for (int i = 0; i < text.length(); i++) {
			String entity = entity(text.charAt(i));
			if (entity != null) {
				length += entity.length() - 1;
			}
		}
		return length;
	}

	/** Appends the text escaped. */
	static StringBuilder escape(String text, StringBuilder escaped) {
		return escape(text, 0, escaped);
	}

	/** Appends the text from {@code start} on, escaped. */
	private static StringBuilder escape(String text, int start, StringBuilder escaped) {
		int from = start;
		for (int i = start; i < text.length(); i++) {
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
