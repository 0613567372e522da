package dev.ucdhcp.encoding;

/**
 * Sub-option 4, the TCP port of the certificate provisioning service, written as decimal
 * text.
 */
public record Port(int value) {

	public static final Port HTTPS = new Port(443);

	public Port {
		if (value < 1 || value > 65535) {
			throw new InvalidValueException("The port is a number from 1 to 65535 (443 by default).");
		}
	}

	public static Port parse(String text) {
		return new Port(parseDigits(text, 5, "The port is a number from 1 to 65535 (443 by default)."));
	}

	static int parseDigits(String text, int maxDigits, String message) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty() || value.length() > maxDigits || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidValueException(message);
		}
		return Integer.parseInt(value);
	}

	@Override
	public String toString() {
		return Integer.toString(this.value);
	}

}
