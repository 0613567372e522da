package dev.ucdhcp.encoding;

import java.util.regex.Pattern;

/** A dotted-quad IPv4 address, parsed without any name lookup. */
public record Ipv4Address(int bits) {

	/** An address on the wire: 4 bytes, network order. */
	public static final int BYTES = 4;

	private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

	public static Ipv4Address parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (!DOTTED_QUAD.matcher(trimmed).matches()) {
			throw new InvalidValueException("Enter an IPv4 address in dotted form, e.g. 10.10.10.10.");
		}
		int bits = 0;
		for (String part : trimmed.split("\\.")) {
			int octet = Integer.parseInt(part);
			if (octet > 255) {
				throw new InvalidValueException(
						"Each part of an IPv4 address is 0 to 255; " + trimmed + " is not an address.");
			}
			bits = (bits << 8) | octet;
		}
		return new Ipv4Address(bits);
	}

	/** The address from its 4 wire bytes, network order. */
	public static Ipv4Address of(byte[] bytes) {
		if (bytes.length != BYTES) {
			throw new IllegalArgumentException("an IPv4 address is 4 bytes, not " + bytes.length);
		}
		return new Ipv4Address(
				((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF));
	}

	public byte[] bytes() {
		return new byte[] { (byte) (this.bits >>> 24), (byte) (this.bits >>> 16), (byte) (this.bits >>> 8),
				(byte) this.bits };
	}

	public Ipv4Address plus(int offset) {
		return new Ipv4Address(this.bits + offset);
	}

	@Override
	public String toString() {
		return (this.bits >>> 24) + "." + ((this.bits >>> 16) & 0xFF) + "." + ((this.bits >>> 8) & 0xFF) + "."
				+ (this.bits & 0xFF);
	}

}
