package dev.ucdhcp.doctor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dev.ucdhcp.encoding.DecodedOption;
import dev.ucdhcp.encoding.OptionDecoder;

/**
 * The rules that read each option 120: RFC 3361 encoding 0 with DNS labels (or 1 with
 * addresses), a value typed as text, a value that is missing, and a per-site value the
 * server overrides.
 */
final class Option120Rules {

	private Option120Rules() {
	}

	static void check(Paste paste, Report report) {
		List<Setting> values = paste.settings(120);
		if (values.isEmpty()) {
			report.add(ProblemCode.O120_MISSING, 0, "No option 120 is set: phones find their registrar only through"
					+ " the DNS SRV record _sipinternaltls._tcp, and branch phones cannot be sent to their SBA.",
					"Set option 120 to the pool (or Director, or a branch's SBA) as encoding 00 + DNS labels.");
		}
		for (Setting setting : values) {
			check(setting, report);
			if (paste.format == PasteFormat.ISC || paste.format == PasteFormat.DNSMASQ) {
				shadowed(setting, report);
			}
		}
	}

	private static void check(Setting setting, Report report) {
		byte[] value = setting.bytes();
		if (setting.has(Trait.NO_DEFINITION_TEXT)) {
			return;
		}
		if (plainName(value) || (setting.has(Trait.TEXT_TYPED) && !encoded(value))) {
			report.add(ProblemCode.O120_NOT_DNS_ENCODED, setting.line(), "Option 120 holds the name as plain text (\""
					+ Option43Rules.printable(new String(value, StandardCharsets.ISO_8859_1))
					+ "\"): a phone expects encoding byte 00, then each label with its length, then 00, and does"
					+ " not learn its registrar from this.",
					"Write it as RFC 3361 encoding 0 (the corrected config below), typed as binary, not text.");
			return;
		}
		DecodedOption decoded = OptionDecoder.decode(120, value);
		if (!decoded.valid()) {
			report.add(ProblemCode.O120_BAD_LABELS, setting.line(),
					"Option 120 does not decode: " + decoded.errors().get(0).message(),
					"Rebuild it from the registrar's name (the corrected" + " config below).");
		}
	}

	private static void shadowed(Setting setting, Report report) {
		if (setting.wire().isEmpty() || setting.wire().get().equals("same")
				|| (setting.level() == Level.CLASS && setting.wire().get().equals("none"))) {
			return;
		}
		if (setting.level() == Level.CLASS) {
			return;
		}
		report.add(ProblemCode.SITE_120_SHADOWED, setting.line(),
				"This option 120 (" + setting.where() + ") never reaches a phone: "
						+ (setting.wire().get().equals("none") ? "a later value for the same clients replaces it"
								: "the phones' class value overrides it")
						+ ", so the phones there register elsewhere and do not survive a WAN outage.",
				"Set option 120 only at subnet, scope or tag level, one per site, and not inside the phones' class.");
	}

	/** The name's text: printable, with a dot, no encoding byte in front. */
	static boolean plainName(byte[] value) {
		if (value.length < 3 || (value[0] & 0xFF) < 0x20) {
			return false;
		}
		String text = new String(value, StandardCharsets.ISO_8859_1);
		return text.contains(".") && text.chars().allMatch((c) -> c > 0x20 && c < 0x7F);
	}

	private static boolean encoded(byte[] value) {
		return value.length > 0 && ((value[0] & 0xFF) == 0 || (value[0] & 0xFF) == 1);
	}

	/**
	 * True when the host shares its parent domain with a registrar named in option 120.
	 */
	static boolean sharesDomain(Paste paste, String host) {
		String domain = parent(host);
		return paste.settings(120)
			.stream()
			.map((setting) -> OptionDecoder.decode(120, setting.bytes()))
			.anyMatch((decoded) -> decoded.names()
				.stream()
				.anyMatch((name) -> parent(name.toLowerCase(Locale.ROOT)).equals(domain)));
	}

	private static String parent(String name) {
		int dot = name.indexOf('.');
		return dot < 0 ? name : name.substring(dot + 1);
	}

}
