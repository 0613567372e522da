package dev.ucdhcp.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which DHCP server a pasted option value came from, told by its spelling: Cisco IOS
 * writes dotted groups of four hex digits ({@code 010c.4d53…}), MikroTik {@code 0x…},
 * dnsmasq and ISC name their own keywords. Colon or bare hex says nothing (Wireshark,
 * DHCPUtil and several servers write it), so it names none.
 */
final class PastedVendor {

	private static final Pattern CISCO_DOTTED = Pattern.compile("(?i)\\b[0-9a-f]{4}(?:\\.[0-9a-f]{2,4}){2,}\\b");

	private PastedVendor() {
	}

	static Optional<String> of(String pasted) {
		String text = pasted.toLowerCase(Locale.ROOT);
		if (text.contains("dhcp-option")) {
			return Optional.of("dnsmasq");
		}
		if (text.contains("option-data") || text.contains("\"data\"")) {
			return Optional.of("kea");
		}
		if (CISCO_DOTTED.matcher(text).find()) {
			return Optional.of("cisco");
		}
		if (text.contains("/ip dhcp-server") || text.strip().startsWith("0x") || text.contains("value=0x")) {
			return Optional.of("mikrotik");
		}
		return Optional.empty();
	}

}
