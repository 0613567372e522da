package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small tolerant JSON reader for Kea files: {@code //}, {@code #} and
 * {@code /* *}{@code /} comments, trailing commas, and every value with its line. Nesting
 * at most {@link Limits#MAX_DEPTH}, values at most {@link Limits#MAX_TOKENS}; anything
 * else it cannot read is a named error.
 */
final class Json {

	/**
	 * A value (map, list, string, number text, boolean or null) and the line it starts
	 * on.
	 */
	record Node(Object value, int line) {

		Optional<Node> get(String key) {
			return this.value instanceof Map<?, ?> map ? Optional.ofNullable((Node) map.get(key)) : Optional.empty();
		}

		List<Node> list(String key) {
			return get(key).filter((node) -> node.value instanceof List<?>).map(Node::elements).orElse(List.of());
		}

		@SuppressWarnings("unchecked")
		List<Node> elements() {
			return this.value instanceof List<?> list ? (List<Node>) list : List.of();
		}

		Optional<String> text(String key) {
			return get(key).filter((node) -> node.value instanceof String || node.value instanceof Number)
				.map((node) -> String.valueOf(node.value));
		}

		boolean isFalse(String key) {
			return get(key).map((node) -> Boolean.FALSE.equals(node.value)).orElse(false);
		}

	}

	private final String text;

	private int position;

	private int line = 1;

	private int values;

	private Json(String text) {
		this.text = text;
	}

	static Node parse(String text) {
		Json json = new Json(text);
		Node node = json.value(0);
		json.skip();
		return node;
	}

	private Node value(int depth) {
		if (++this.values > Limits.MAX_NODES) {
			throw Limits.exceeded("JSON values", Limits.MAX_NODES);
		}
		skip();
		int at = this.line;
		char c = peek();
		if ((c == '{' || c == '[') && depth >= Limits.MAX_DEPTH) {
			throw Limits.exceeded("nested objects and arrays", Limits.MAX_DEPTH);
		}
		if (c == '{') {
			return new Node(object(depth), at);
		}
		if (c == '[') {
			return new Node(array(depth), at);
		}
		if (c == '"') {
			return new Node(string(), at);
		}
		return new Node(literal(), at);
	}

	private Map<String, Node> object(int depth) {
		Map<String, Node> members = new LinkedHashMap<>();
		this.position++;
		while (true) {
			skip();
			if (peek() == '}') {
				this.position++;
				return members;
			}
			String key = string();
			skip();
			expect(':');
			members.put(key, value(depth + 1));
			skip();
			if (peek() == ',') {
				this.position++;
			}
			else if (peek() != '}') {
				throw malformed("a comma or }");
			}
		}
	}

	private List<Node> array(int depth) {
		List<Node> elements = new ArrayList<>();
		this.position++;
		while (true) {
			skip();
			if (peek() == ']') {
				this.position++;
				return elements;
			}
			elements.add(value(depth + 1));
			skip();
			if (peek() == ',') {
				this.position++;
			}
			else if (peek() != ']') {
				throw malformed("a comma or ]");
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (this.position < this.text.length() && this.text.charAt(this.position) != '"') {
			char c = this.text.charAt(this.position++);
			if (c == '\n') {
				throw malformed("the end of a string before the line ends");
			}
			if (c == '\\' && this.position < this.text.length()) {
				c = escape(this.text.charAt(this.position++));
			}
			out.append(c);
		}
		expect('"');
		return out.toString();
	}

	private char escape(char c) {
		return switch (c) {
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 't' -> '\t';
			case 'u' -> unicode();
			default -> c;
		};
	}

	private char unicode() {
		if (this.position + 4 > this.text.length()) {
			throw malformed("four hex digits after \\u");
		}
		String digits = this.text.substring(this.position, this.position + 4);
		this.position += 4;
		if (!digits.chars().allMatch(HexText::isHexDigit)) {
			throw malformed("four hex digits after \\u");
		}
		return (char) Integer.parseInt(digits, 16);
	}

	private Object literal() {
		int start = this.position;
		while (this.position < this.text.length() && "{}[],:\"/# \t\r\n".indexOf(this.text.charAt(this.position)) < 0) {
			this.position++;
		}
		String word = this.text.substring(start, this.position);
		return switch (word) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			case "null" -> "";
			default -> number(word);
		};
	}

	private Object number(String word) {
		if (word.isEmpty() || word.length() > 40 || !word.matches("-?[0-9][0-9.eE+-]*")) {
			throw malformed("a value");
		}
		return word.contains(".") || word.contains("e") || word.contains("E") ? (Object) word
				: (Object) Long.valueOf(word.length() > 18 ? "0" : word);
	}

	private void skip() {
		while (this.position < this.text.length()) {
			char c = this.text.charAt(this.position);
			if (c == '\n') {
				this.line++;
				this.position++;
			}
			else if (Character.isWhitespace(c)) {
				this.position++;
			}
			else if (c == '#' || this.text.startsWith("//", this.position)) {
				while (this.position < this.text.length() && this.text.charAt(this.position) != '\n') {
					this.position++;
				}
			}
			else if (this.text.startsWith("/*", this.position)) {
				int end = this.text.indexOf("*/", this.position + 2);
				int stop = end < 0 ? this.text.length() : end + 2;
				for (int i = this.position; i < stop; i++) {
					this.line += this.text.charAt(i) == '\n' ? 1 : 0;
				}
				this.position = stop;
			}
			else {
				return;
			}
		}
	}

	private char peek() {
		if (this.position >= this.text.length()) {
			throw malformed("more: the paste ends in the middle of the JSON");
		}
		return this.text.charAt(this.position);
	}

	private void expect(char c) {
		if (peek() != c) {
			throw malformed("'" + c + "'");
		}
		this.position++;
	}

	private UnreadablePasteException malformed(String wanted) {
		return new UnreadablePasteException(
				"The Kea configuration is not valid JSON at line " + this.line + ": expected " + wanted + ".", false);
	}

}
