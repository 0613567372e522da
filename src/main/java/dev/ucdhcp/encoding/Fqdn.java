package dev.ucdhcp.encoding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A fully qualified domain name as Lync phones need it: two or more LDH labels, no
 * trailing dot, case kept as typed. An instance exists only if the name is valid, so
 * nothing downstream can write a quote, a space or a newline into a config.
 */
public record Fqdn(String value) {

	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

	private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");

	public static final int MAX_LENGTH = 253;

	public static final int MAX_LABEL_LENGTH = 63;

	public Fqdn {
		value = check(value);
	}

	public static Fqdn parse(String text) {
		return new Fqdn(text);
	}

	/** The DNS name as plain ASCII with dots, as sub-option 3 carries it. */
	public byte[] ascii() {
		return this.value.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * RFC 1035 section 3.1 wire form: length-prefixed labels closed by the root byte 00.
	 */
	public byte[] wire() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(this.value.length() + 2);
		for (String label : labels()) {
			out.write(label.length());
			out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
		}
		out.write(0);
		return out.toByteArray();
	}

	public List<String> labels() {
		return List.of(this.value.split("\\.", -1));
	}

	public int length() {
		return this.value.length();
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static String check(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValueException("Enter a fully qualified domain name, e.g. lyncpool.contoso.com.");
		}
		String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
		if (name.length() > MAX_LENGTH) {
			throw new InvalidValueException(
					"A domain name is at most " + MAX_LENGTH + " characters; this one has " + name.length() + ".");
		}
		String[] labels = name.split("\\.", -1);
		for (String label : labels) {
			checkLabel(label);
		}
		if (labels.length < 2) {
			throw new InvalidValueException(
					"Use the fully qualified name with its domain (e.g. lyncpool.contoso.com), not a single label.");
		}
		if (ALL_DIGITS.matcher(labels[labels.length - 1]).matches()) {
			throw new InvalidValueException(
					"The last label is all digits: Lync phones need a DNS name here, not an IP address.");
		}
		return name;
	}

	private static void checkLabel(String label) {
		if (label.isEmpty()) {
			throw new InvalidValueException(
					"A domain name cannot contain an empty label (two dots in a row, or a leading dot).");
		}
		if (label.length() > MAX_LABEL_LENGTH) {
			throw new InvalidValueException("The label " + InvalidValueException.quote(label) + " is " + label.length()
					+ " characters; each label is at most " + MAX_LABEL_LENGTH + ".");
		}
		if (!LABEL.matcher(label).matches()) {
			throw new InvalidValueException("Each label may contain only letters A-Z, digits and hyphens, and may not"
					+ " start or end with a hyphen; " + InvalidValueException.quote(label) + " does not.");
		}
	}

}
