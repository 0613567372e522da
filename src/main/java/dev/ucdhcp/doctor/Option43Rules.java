package dev.ucdhcp.doctor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.ucdhcp.encoding.DecodedOption;
import dev.ucdhcp.encoding.OptionDecoder;

/**
 * The rules that read the bytes of each option 43 meant for the phones: its TLV walk
 * (lengths, sub-options 1 to 5 and their values), a length or header copied in front, the
 * NAP trailer, and Cisco's 180-digit cut.
 */
final class Option43Rules {

	private static final List<String> EXTERNAL_LABELS = List.of("ext", "external", "public", "extweb", "webext",
			"extern", "dmz");

	private Option43Rules() {
	}

	static void check(Paste paste, Report report) {
		for (Setting setting : Phones.option43(paste)) {
			check(paste, setting, report);
		}
	}

	private static void check(Paste paste, Setting setting, Report report) {
		byte[] value = setting.bytes();
		int line = setting.line();
		// the decoder explains each value on the page; its verdict backs the walk below
		DecodedOption decoded = OptionDecoder.decode(43, value);
		if (setting.has(Trait.HEX_AS_TEXT)) {
			return;
		}
		if (setting.has(Trait.OVER_180_DIGITS)) {
			report.add(ProblemCode.CISCO_43_OVER_180, line,
					"This option 43 is " + value.length * 2
							+ " hex digits: IOS 15.1(3)S and later keep the first 180 and drop the rest without a word,"
							+ " so the phones get a cut value.",
					"Keep the web services FQDN at 23 characters or fewer (an alias on the certificate), use"
							+ " IOS-XE `option ext 43 hex`, or hand out DHCP from another server.");
		}
		Tlv tlv = Tlv.walk(value);
		if (napLength(value)) {
			report
				.add(ProblemCode.NAP_LENGTH_CONFUSION, line, "The value starts with " + String.format("%02X", value[0])
						+ ", a length or option header copied from a capture or from DHCPUtil's \"Length\": the phone"
						+ " reads it as a sub-option and the rest no longer lines up.",
						"Start the value at 01 0C (sub-option 1, MS-UC-Client).");
			return;
		}
		if (!tlv.complete()) {
			if (setting.has(Trait.AT_180_DIGITS)) {
				report.add(ProblemCode.CISCO_43_TRUNCATED_180, line,
						"This option 43 is exactly 180 hex digits and" + " sub-option " + tlv.overrunCode()
								+ " is cut: IOS kept the first 180 digits of a longer" + " value.",
						"Keep the web services FQDN at 23 characters or fewer, or use IOS-XE"
								+ " `option ext 43 hex`, or move DHCP off the router.");
				return;
			}
			report.add(ProblemCode.O43_LENGTH_MISMATCH, line,
					"A length byte in option 43 does not match its data:" + " sub-option " + tlv.overrunCode()
							+ " says more bytes than follow (decoder: " + firstError(decoded) + ").",
					"Rebuild option 43 from the inputs (the corrected config below).");
			return;
		}
		subOptions(tlv, line, report);
		webFqdn(paste, tlv, line, report);
		if (tlv.find(220).map((item) -> item.text().equals("NAP")).orElse(false)) {
			report.add(ProblemCode.NAP_TRAILER_COPIED, line,
					"The value ends with sub-option 220 \"NAP\", which a"
							+ " Windows server adds on the wire: it was copied from a capture.",
					"Drop the last 5 bytes DC 03" + " 4E 41 50.");
		}
	}

	private static boolean napLength(byte[] value) {
		if (value.length < 4) {
			return false;
		}
		int first = value[0] & 0xFF;
		if (first != 0x55 && first != 0x5A && first != 0x2B) {
			return false;
		}
		int skip = first == 0x2B ? 2 : 1;
		Tlv rest = Tlv.walk(Arrays.copyOfRange(value, skip, value.length));
		return rest.complete() && rest.lync();
	}

	private static void subOptions(Tlv tlv, int line, Report report) {
		for (int code = 1; code <= 5; code++) {
			if (tlv.find(code).isEmpty()) {
				report.add(ProblemCode.O43_SUBOPTION_MISSING, line,
						"Sub-option " + code + " (" + name(code)
								+ ") is missing from option 43: the phone cannot build its provisioning URL.",
						"Set sub-option " + code + " to " + standard(code) + ".");
			}
		}
		tlv.find(1)
			.filter((item) -> !item.text().equals("MS-UC-Client"))
			.ifPresent((item) -> unexpected(report, line, 1, item.text()));
		tlv.find(2)
			.filter((item) -> !item.text().equals("https") && !item.text().equals("http"))
			.ifPresent((item) -> unexpected(report, line, 2, item.text()));
		tlv.find(5)
			.filter((item) -> !item.text().startsWith("/") || item.text().contains(" "))
			.ifPresent((item) -> unexpected(report, line, 5, item.text()));
		tlv.find(4).ifPresent((item) -> port(item, line, report));
	}

	private static void port(Tlv.Item item, int line, Report report) {
		String text = item.text();
		if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
			return;
		}
		if (item.value().length <= 2 && item.value().length > 0) {
			int number = item.value().length == 1 ? item.value()[0] & 0xFF
					: ((item.value()[0] & 0xFF) << 8) | (item.value()[1] & 0xFF);
			report.add(ProblemCode.O43_PORT_NOT_ASCII, line,
					"Sub-option 4 holds the port as a number ("
							+ String.format("%0" + item.value().length * 2 + "X", number) + " = " + number
							+ ") instead of the text \"" + number + "\": the provisioning URL comes out wrong.",
					"Write the port as text: 34 34 33 for 443 (quote it, or type it as text/binary).");
			return;
		}
		unexpected(report, line, 4, text);
	}

	private static void webFqdn(Paste paste, Tlv tlv, int line, Report report) {
		Optional<Tlv.Item> web = tlv.find(3);
		if (web.isEmpty() || web.get().value().length == 0) {
			return;
		}
		byte[] value = web.get().value();
		if ((value[0] & 0xFF) < 0x20 && !web.get().text().contains(".")) {
			report.add(ProblemCode.O43_WEB_FQDN_NOT_ASCII, line, "Sub-option 3 holds the web services FQDN as DNS"
					+ " labels (length bytes instead of dots), copied from option 120: the URL host is garbled.",
					"Write the FQDN as plain text with dots (lync.example.com).");
			return;
		}
		String host = web.get().text().toLowerCase(Locale.ROOT);
		String[] labels = host.split("\\.");
		boolean externalLabel = Arrays.stream(labels)
			.anyMatch((label) -> EXTERNAL_LABELS.contains(label) || label.endsWith("-ext") || label.startsWith("ext-"));
		if (externalLabel && !Option120Rules.sharesDomain(paste, host)) {
			report.add(ProblemCode.WEB_FQDN_EXTERNAL, line,
					"Sub-option 3 names " + host + ", which looks like the"
							+ " external web services: phones inside would fetch their certificate through the reverse"
							+ " proxy, or fail.",
					"Use the pool's internal web services FQDN.");
		}
	}

	private static void unexpected(Report report, int line, int code, String text) {
		report.add(
				ProblemCode.O43_SUBOPTION_VALUE_UNEXPECTED, line, "Sub-option " + code + " (" + name(code)
						+ ") holds \"" + printable(text) + "\", not a value that belongs there.",
				"Set it to " + standard(code) + ".");
	}

	static String printable(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().limit(80).forEach((c) -> out.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
		return out.toString();
	}

	private static String name(int code) {
		return switch (code) {
			case 1 -> "UC identifier";
			case 2 -> "URL scheme";
			case 3 -> "web services FQDN";
			case 4 -> "port";
			default -> "certificate provisioning path";
		};
	}

	private static String standard(int code) {
		return switch (code) {
			case 1 -> "MS-UC-Client";
			case 2 -> "https";
			case 3 -> "the pool's internal web services FQDN";
			case 4 -> "443 as text";
			default -> "/CertProv/CertProvisioningService.svc";
		};
	}

	private static String firstError(DecodedOption decoded) {
		return decoded.errors().stream().findFirst().map(DecodedOption.Finding::message).orElse("cut off");
	}

}
