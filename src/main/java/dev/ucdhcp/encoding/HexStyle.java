package dev.ucdhcp.encoding;

import java.util.HexFormat;

/** The ways DHCP servers and tools write option bytes as hex. */
public enum HexStyle {

	/** Upper case, no separators: what DHCPUtil prints and netsh reads. */
	CANONICAL,

	/**
	 * Lower case, dotted groups of four digits: what Cisco IOS shows in {@code show run}.
	 */
	CISCO_DOTTED,

	/** Lower case colon-separated pairs: what ISC dhcpd and dnsmasq read as bytes. */
	COLON_PAIRS,

	/** {@code 0x} and upper case digits: what RouterOS reads as a binary value. */
	PREFIXED_0X,

	/**
	 * Upper case pairs separated by spaces, as Wireshark and the seed articles show them.
	 */
	SPACED;

	private static final HexFormat UPPER = HexFormat.of().withUpperCase();

	public String format(byte[] bytes) {
		return switch (this) {
			case CANONICAL -> UPPER.formatHex(bytes);
			case CISCO_DOTTED -> dotted(HexFormat.of().formatHex(bytes));
			case COLON_PAIRS -> HexFormat.ofDelimiter(":").formatHex(bytes);
			case PREFIXED_0X -> "0x" + UPPER.formatHex(bytes);
			case SPACED -> HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
		};
	}

	private static String dotted(String digits) {
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 4);
		for (int i = 0; i < digits.length(); i += 4) {
			if (i > 0) {
				out.append('.');
			}
			out.append(digits, i, Math.min(i + 4, digits.length()));
		}
		return out.toString();
	}

}
