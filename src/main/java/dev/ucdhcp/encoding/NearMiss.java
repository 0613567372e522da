package dev.ucdhcp.encoding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "did you mean" for a scope that is almost CIDR, as a rollout spreadsheet writes it: a
 * netmask instead of a prefix ({@code 10.20.30.0/255.255.255.0}, or with a space), a
 * network without its prefix, or a prefix past /30 ({@code /33}: one key from
 * {@code /23}). Each suggestion is a valid scope; "" when there is no good guess.
 */
final class NearMiss {

	private static final Pattern ADDRESS_AND_MASK = Pattern
		.compile("(\\d{1,3}(?:\\.\\d{1,3}){3})\\s*[/ ]?\\s*(\\d{1,3}(?:\\.\\d{1,3}){3})?\\s*(?:/\\s*(\\d{1,2}))?");

	private NearMiss() {
	}

	static String suggestion(String text) {
		Matcher matcher = ADDRESS_AND_MASK.matcher(text);
		if (!matcher.matches()) {
			return "";
		}
		try {
			Ipv4Address address = Ipv4Address.parse(matcher.group(1));
			int prefix = (matcher.group(2) != null) ? prefixOf(Ipv4Address.parse(matcher.group(2)))
					: (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : guessedPrefix(address);
			return (prefix < 8 || prefix > 30) ? "" : didYouMean(Ipv4Network.containing(address, prefix));
		}
		catch (InvalidValueException ex) {
			return "";
		}
	}

	/**
	 * For {@code /33} to {@code /39}: a typo of the tens digit, {@code /33} for
	 * {@code /23}, when the address is that network; otherwise (and for a host's
	 * {@code /31} or {@code /32}) the usual /24 that holds the address.
	 */
	static String shorterPrefix(Ipv4Address address, int prefixLength) {
		int typo = prefixLength - 10;
		boolean typoFits = prefixLength >= 33 && prefixLength <= 39
				&& Ipv4Network.containing(address, typo).address().equals(address);
		return didYouMean(Ipv4Network.containing(address, typoFits ? typo : 24));
	}

	private static String didYouMean(Ipv4Network network) {
		return " Did you mean " + network + "?";
	}

	/** The prefix of a contiguous netmask, or -1 when the mask has holes. */
	private static int prefixOf(Ipv4Address mask) {
		int bits = mask.bits();
		int prefix = Integer.bitCount(bits);
		return (bits == (int) (0xFFFFFFFFL << (32 - prefix))) ? prefix : -1;
	}

	/**
	 * A network typed without its prefix: the /24 that ends in .0 is the usual phone
	 * scope.
	 */
	private static int guessedPrefix(Ipv4Address address) {
		return ((address.bits() & 0xFF) == 0) ? 24 : -1;
	}

}
