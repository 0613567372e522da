package dev.ucdhcp.encoding;

/**
 * A value a network administrator typed does not follow the rule for its field. The
 * message is written for that administrator and is shown next to the field.
 */
public class InvalidValueException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public InvalidValueException(String message) {
		super(message);
	}

	/**
	 * Echoes rejected input safely inside a message: printable ASCII only, at most 40
	 * characters.
	 */
	public static String quote(String typed) {
		String printable = typed.replaceAll("[^\\x21-\\x7E]", "?");
		return "\"" + (printable.length() > 40 ? printable.substring(0, 40) + "…" : printable) + "\"";
	}

}
