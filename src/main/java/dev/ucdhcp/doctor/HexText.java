package dev.ucdhcp.doctor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** Hex and text as the servers write option values, turned into bytes. */
final class HexText {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.:,-]");

	private static final Pattern COLON_HEX = Pattern.compile("[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2})+");

	private HexText() {
	}

	/**
	 * Digits with optional separators (dots, colons, spaces, a {@code 0x} prefix): the
	 * bytes, or empty when it is not hex.
	 */
	static Optional<byte[]> digits(String text) {
		String stripped = text.strip();
		if (stripped.startsWith("0x") || stripped.startsWith("0X")) {
			stripped = stripped.substring(2);
		}
		String digits = SEPARATORS.matcher(stripped).replaceAll("");
		if (digits.isEmpty() || digits.length() % 2 != 0 || !digits.chars().allMatch(HexText::isHexDigit)) {
			return Optional.empty();
		}
		return Optional.of(HexFormat.of().parseHex(digits));
	}

	/** ISC and dnsmasq colon hex, where each byte may be one digit ({@code 1:c:4d}). */
	static Optional<byte[]> colonPairs(String text) {
		String stripped = text.strip();
		if (!COLON_HEX.matcher(stripped).matches()) {
			return Optional.empty();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String pair : stripped.split(":")) {
			out.write(Integer.parseInt(pair, 16));
		}
		return Optional.of(out.toByteArray());
	}

	static String toHex(byte[] bytes) {
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

	static int digitCount(String text) {
		String stripped = text.strip();
		if (stripped.startsWith("0x") || stripped.startsWith("0X")) {
			stripped = stripped.substring(2);
		}
		return SEPARATORS.matcher(stripped).replaceAll("").length();
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static boolean isHexDigit(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

	/** An unsigned integer in the fewest bytes of the given width. */
	static byte[] integer(long value, int width) {
		byte[] bytes = new byte[width];
		for (int i = width - 1; i >= 0; i--) {
			bytes[i] = (byte) (value & 0xFF);
			value >>>= 8;
		}
		return bytes;
	}

	/** Bytes of several pieces in order. */
	static byte[] concat(byte[]... pieces) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] piece : pieces) {
			out.writeBytes(piece);
		}
		return out.toByteArray();
	}

	/** Sub-options as code, length, value, in the order given. */
	static byte[] tlv(int code, byte[] value) {
		byte[] out = new byte[value.length + 2];
		out[0] = (byte) code;
		out[1] = (byte) Math.min(value.length, 255);
		System.arraycopy(value, 0, out, 2, value.length);
		return out;
	}

	/** An FQDN's DNS wire form (length-prefixed labels and the root 00). */
	static byte[] dnsName(String name) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String trimmed = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
		if (!trimmed.isEmpty()) {
			for (String label : trimmed.split("\\.", -1)) {
				byte[] bytes = ascii(label);
				out.write(Math.min(bytes.length, 255));
				out.writeBytes(bytes);
			}
		}
		out.write(0);
		return out.toByteArray();
	}

	/** IPv4 dotted quad as 4 bytes, or empty. */
	static Optional<byte[]> ipv4(String text) {
		String[] parts = text.strip().split("\\.", -1);
		if (parts.length != 4) {
			return Optional.empty();
		}
		byte[] out = new byte[4];
		for (int i = 0; i < 4; i++) {
			if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
				return Optional.empty();
			}
			int value = Integer.parseInt(parts[i]);
			if (value > 255) {
				return Optional.empty();
			}
			out[i] = (byte) value;
		}
		return Optional.of(out);
	}

}
