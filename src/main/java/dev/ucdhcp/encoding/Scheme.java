package dev.ucdhcp.encoding;

import java.util.Locale;

/** Sub-option 2, the URL scheme of the certificate provisioning service. */
public enum Scheme {

	HTTPS, HTTP;

	public static Scheme parse(String text) {
		String value = text == null ? "" : text.strip();
		for (Scheme scheme : values()) {
			if (scheme.text().equals(value)) {
				return scheme;
			}
		}
		throw new InvalidValueException("The scheme is https (the default) or http.");
	}

	/** As the phone reads it: lower case ASCII. */
	public String text() {
		return name().toLowerCase(Locale.ROOT);
	}

}
