package dev.ucdhcp.doctor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a paste's format from its first recognisable lines, by the reference's "recognise
 * by" column; comment lines are skipped so that a comment quoting another server's syntax
 * does not decide.
 */
final class FormatDetector {

	private static final Pattern ISC = Pattern.compile(
			"(?i)^(subnet\\s+\\S+\\s+netmask\\s+\\S+\\s*\\{?|option\\s+\\S+\\s+code\\s+\\d+\\s*=.*|class\\s+\"[^\"]*\"\\s*\\{?"
					+ "|authoritative\\s*;|shared-network\\s+.*|option\\s+space\\s+.*)$");

	private static final Pattern DNSMASQ = Pattern
		.compile("^(dhcp-range|dhcp-option|dhcp-option-force|dhcp-vendorclass)\\s*=.*");

	private static final Pattern POWERSHELL = Pattern.compile(
			"(?i)^((OptionId|VendorClass)\\s*:.*|(Add|Set|Get)-DhcpServerv4\\w+.*|\\$\\w+\\s*=.*|\\[CmdletBinding.*)$");

	private FormatDetector() {
	}

	static Optional<PasteFormat> detect(String paste, List<String> lines) {
		String head = paste.length() > 4096 ? paste.substring(0, 4096) : paste;
		if (head.toLowerCase(Locale.ROOT).contains("<dhcpserver")) {
			return Optional.of(PasteFormat.WINXML);
		}
		if (paste.contains("\"Dhcp4\"")) {
			return Optional.of(PasteFormat.KEA);
		}
		for (String raw : lines) {
			Optional<PasteFormat> format = line(raw.strip());
			if (format.isPresent()) {
				return format;
			}
		}
		return Optional.empty();
	}

	private static Optional<PasteFormat> line(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		if (line.isEmpty() || line.startsWith("#") || line.startsWith("//") || line.startsWith("!")
				|| line.startsWith(";") || lower.startsWith("rem ") || lower.equals("rem")) {
			return Optional.empty();
		}
		if (lower.startsWith("dhcp server \\\\") || lower.startsWith("netsh dhcp server")) {
			return Optional.of(PasteFormat.NETSH);
		}
		if (lower.startsWith("/ip dhcp-server")) {
			return Optional.of(PasteFormat.MIKROTIK);
		}
		if (lower.startsWith("ip dhcp pool")) {
			return Optional.of(PasteFormat.CISCO);
		}
		if (DNSMASQ.matcher(lower).matches()) {
			return Optional.of(PasteFormat.DNSMASQ);
		}
		if (ISC.matcher(line).matches()) {
			return Optional.of(PasteFormat.ISC);
		}
		if (POWERSHELL.matcher(line).matches()) {
			return Optional.of(PasteFormat.POWERSHELL);
		}
		return Optional.empty();
	}

}
