package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.List;

/**
 * dhcpd.conf cut into words, quoted strings and the punctuation {@code { } ; = ,}, each
 * with its line; {@code #} comments dropped. At most {@link Limits#MAX_TOKENS}.
 */
final class IscTokens {

	record Token(String text, boolean quoted, int line) {

		boolean is(String word) {
			return !this.quoted && this.text.equalsIgnoreCase(word);
		}

	}

	private IscTokens() {
	}

	static List<Token> of(String text) {
		List<Token> tokens = new ArrayList<>();
		int line = 1;
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				i++;
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '#') {
				while (i < length && text.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '"') {
				StringBuilder value = new StringBuilder();
				int start = line;
				i++;
				while (i < length && text.charAt(i) != '"') {
					char d = text.charAt(i);
					if (d == '\n') {
						line++;
					}
					if (d == '\\' && i + 1 < length) {
						i++;
						d = escaped(text.charAt(i));
					}
					value.append(d);
					i++;
				}
				i++;
				add(tokens, new Token(value.toString(), true, start));
			}
			else if ("{};=,".indexOf(c) >= 0) {
				add(tokens, new Token(String.valueOf(c), false, line));
				i++;
			}
			else {
				int start = i;
				while (i < length && !Character.isWhitespace(text.charAt(i))
						&& "{};=,\"#".indexOf(text.charAt(i)) < 0) {
					i++;
				}
				add(tokens, new Token(text.substring(start, i), false, line));
			}
		}
		return tokens;
	}

	private static char escaped(char c) {
		return switch (c) {
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 't' -> '\t';
			default -> c;
		};
	}

	private static void add(List<Token> tokens, Token token) {
		if (tokens.size() >= Limits.MAX_TOKENS) {
			throw Limits.exceeded("words", Limits.MAX_TOKENS);
		}
		tokens.add(token);
	}

}
