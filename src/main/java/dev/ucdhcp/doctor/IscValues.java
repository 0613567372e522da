package dev.ucdhcp.doctor;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.doctor.IscTokens.Token;

/**
 * dhcpd's option types and how it encodes a value of each: {@code text} as its
 * characters, {@code string} as quoted text or colon hex, integers big-endian in their
 * width, addresses as 4 bytes each, {@code domain-list} as DNS labels.
 */
final class IscValues {

	record Type(int code, String space, String type) {
	}

	/** The built-in options a phones' config touches, by name. */
	static final Map<String, Type> BUILT_IN = Map.of("vendor-encapsulated-options",
			new Type(43, Definition.TOP, "string"), "vendor-class-identifier", new Type(60, Definition.TOP, "text"),
			"ntp-servers", new Type(42, Definition.TOP, "array of ip-address"), "routers",
			new Type(3, Definition.TOP, "array of ip-address"));

	private IscValues() {
	}

	static byte[] encode(String type, List<Token> words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Token word : words) {
			if (word.is(",")) {
				continue;
			}
			out.writeBytes(one(type, word));
		}
		return out.toByteArray();
	}

	private static byte[] one(String type, Token word) {
		if (word.quoted()) {
			if (type.contains("domain")) {
				return HexText.dnsName(word.text());
			}
			return HexText.ascii(word.text());
		}
		if (type.contains("ip-address")) {
			return HexText.ipv4(word.text()).orElse(new byte[0]);
		}
		Optional<Integer> width = width(type);
		if (width.isPresent()) {
			return HexText.integer(number(word.text()) & 0xFFFFFFFFL, width.get());
		}
		return HexText.colonPairs(word.text()).orElse(HexText.ascii(word.text()));
	}

	private static Optional<Integer> width(String type) {
		if (type.contains("integer 8") || type.equals("boolean")) {
			return Optional.of(1);
		}
		if (type.contains("integer 16")) {
			return Optional.of(2);
		}
		if (type.contains("integer 32") || type.contains("integer")) {
			return Optional.of(4);
		}
		return Optional.empty();
	}

	static int number(String text) {
		try {
			String digits = text.strip();
			if (digits.length() > 10) {
				return -1;
			}
			return digits.startsWith("0x") ? Integer.parseInt(digits.substring(2), 16) : Integer.parseInt(digits);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** {@code 10.10.20.0} and {@code 255.255.255.0} as {@code 10.10.20.0/24}. */
	static String cidr(String address, String netmask) {
		Optional<byte[]> mask = HexText.ipv4(netmask);
		int prefix = 0;
		if (mask.isPresent()) {
			for (byte part : mask.get()) {
				prefix += Integer.bitCount(part & 0xFF);
			}
		}
		return address + "/" + prefix;
	}

}
