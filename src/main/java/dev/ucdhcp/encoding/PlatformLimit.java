package dev.ucdhcp.encoding;

/** A length beyond which a DHCP platform mangles or refuses an option value. */
public enum PlatformLimit {

	/**
	 * Cisco IOS 15.1(3)S and later keep only the first 180 hex digits of
	 * {@code option <code> hex} and drop the rest without an error.
	 */
	CISCO_IOS_HEX(90, "Cisco IOS 15.1(3)S and later silently keep only the first 180 hex digits of option … hex"),

	/** One DHCP option instance has a one-byte length (RFC 2132). */
	DHCP_OPTION(255, "A single DHCP option carries at most 255 bytes");

	private final int maxBytes;

	private final String description;

	PlatformLimit(int maxBytes, String description) {
		this.maxBytes = maxBytes;
		this.description = description;
	}

	public int maxBytes() {
		return this.maxBytes;
	}

	public int maxHexDigits() {
		return this.maxBytes * 2;
	}

	public String description() {
		return this.description;
	}

}
