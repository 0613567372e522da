package dev.ucdhcp.encoding;

import java.util.Arrays;
import java.util.List;

/**
 * How long an option value is, in the units people confuse (bytes on the wire, hex digits
 * as DHCPUtil's "Length" counts them), and which platform limits it crosses.
 */
public record LengthBudget(int bytes) {

	public static LengthBudget of(byte[] value) {
		return new LengthBudget(value.length);
	}

	public int hexDigits() {
		return this.bytes * 2;
	}

	public boolean crosses(PlatformLimit limit) {
		return this.bytes > limit.maxBytes();
	}

	public List<PlatformLimit> crossed() {
		return Arrays.stream(PlatformLimit.values()).filter(this::crosses).toList();
	}

	/** Hex digits beyond the limit; 0 when the value fits. */
	public int hexDigitsOver(PlatformLimit limit) {
		return Math.max(0, hexDigits() - limit.maxHexDigits());
	}

	/**
	 * The longest web services FQDN that keeps option 43 within the limit, all other
	 * sub-options unchanged: 23 characters for Cisco IOS with the default values.
	 */
	public static int webFqdnBudget(Option43 option43, Fqdn webServices, PlatformLimit limit) {
		int fixedPart = option43.bytes().length - webServices.length();
		return limit.maxBytes() - fixedPart;
	}

}
