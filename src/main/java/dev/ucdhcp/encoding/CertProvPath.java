package dev.ucdhcp.encoding;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Sub-option 5, the path of the certificate provisioning service. Only URL path
 * characters that are inert in every target's quoting are allowed: no spaces, quotes,
 * {@code ;}, {@code #}, {@code \} or control characters.
 */
public record CertProvPath(String value) {

	public static final int MAX_BYTES = 128;

	private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&()*+,=:@%/-]*");

	/** Declared after {@link #PATH}, which its construction needs. */
	public static final CertProvPath DEFAULT = new CertProvPath("/CertProv/CertProvisioningService.svc");

	public CertProvPath {
		if (value == null || value.isEmpty()) {
			throw new InvalidValueException("Enter the path, e.g. /CertProv/CertProvisioningService.svc.");
		}
		if (!value.startsWith("/")) {
			throw new InvalidValueException("The path starts with / (e.g. /CertProv/CertProvisioningService.svc).");
		}
		if (value.length() > MAX_BYTES) {
			throw new InvalidValueException(
					"The path is at most " + MAX_BYTES + " characters; this one has " + value.length() + ".");
		}
		if (!PATH.matcher(value).matches()) {
			throw new InvalidValueException(
					"The path may contain only letters, digits and / . _ ~ - ! $ & ( ) * + , = : @ %;"
							+ " no spaces, quotes, ; # \\ or control characters.");
		}
	}

	public static CertProvPath parse(String text) {
		return new CertProvPath(text);
	}

	public byte[] ascii() {
		return this.value.getBytes(StandardCharsets.US_ASCII);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
