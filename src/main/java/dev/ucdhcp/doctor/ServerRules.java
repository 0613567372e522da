package dev.ucdhcp.doctor;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules that belong to one server: ISC's authority for DHCPINFORM, Kea's option
 * definitions, precedence and relayed INFORM, dnsmasq's value typing and vendor form,
 * Windows' option definition types, and a paste that is cut off.
 */
final class ServerRules {

	private static final Set<String> BINARY_TYPES = Set.of("binary", "binarydata", "encapsulateddata", "encapsulated");

	private ServerRules() {
	}

	static void check(Paste paste, Report report) {
		if (paste.format == PasteFormat.ISC) {
			authoritative(paste, report);
		}
		for (Setting setting : paste.settings) {
			traits(setting, report);
		}
		if (paste.format == PasteFormat.KEA) {
			KeaRules.check(paste, report);
		}
		if (paste.format == PasteFormat.NETSH || paste.format == PasteFormat.POWERSHELL
				|| paste.format == PasteFormat.WINXML) {
			windowsDefinitions(paste, report);
		}
		paste.marked(Marker.PASTE_CUT).ifPresent((line) -> truncated(line, report));
	}

	private static void authoritative(Paste paste, Report report) {
		if (paste.marked(Marker.ISC_AUTHORITATIVE_GLOBAL).isPresent()) {
			return;
		}
		List<Network> missing = paste.networks.stream()
			.filter((network) -> !paste.authoritativeNetworks.contains(network.where()))
			.toList();
		if (!missing.isEmpty() || paste.networks.isEmpty()) {
			int line = missing.isEmpty() ? 0 : missing.get(0).line();
			report.add(ProblemCode.ISC_NOT_AUTHORITATIVE, line, "dhcpd is not authoritative"
					+ (missing.isEmpty() ? "" : " for " + missing.get(0).where())
					+ ": it ignores the DHCPINFORM the phones send for options 43 and 120 (log: \"not authoritative"
					+ " for subnet\"). Phones get an address but never offer PIN sign-in.",
					"Add `authoritative;` at the top of dhcpd.conf (or in the phones' subnet).");
		}
	}

	private static void traits(Setting setting, Report report) {
		if (setting.has(Trait.VENDOR_FORM)) {
			report.add(ProblemCode.DNSMASQ_VENDOR_FORM_REVERSED, setting.line(), "dnsmasq sends the"
					+ " `dhcp-option=vendor:` sub-options in reverse order and ends option 43 with FF: the bytes differ"
					+ " from DHCPUtil's, and whether phones accept them is unverified.",
					"Use the tagged raw form: dhcp-vendorclass=set:msucclient,MS-UC-Client and"
							+ " dhcp-option=tag:msucclient,43,01:0c:….");
		}
		if (setting.has(Trait.HEX_AS_TEXT)) {
			report.add(ProblemCode.DNSMASQ_HEX_AS_TEXT, setting.line(),
					"dnsmasq reads hex without colons as text:"
							+ " the phones get the ASCII of the digits, not the bytes.",
					"Write the hex with a colon between" + " bytes (01:0c:4d:53:…).");
		}
		if (setting.has(Trait.NO_DEFINITION)) {
			report.add(ProblemCode.KEA_43_WITHOUT_DEFINITION, setting.line(), "Option 43 is given as raw data without"
					+ " an option-def: Kea's built-in 43 carries no data, so newer Kea sends it with length 0 (Kea"
					+ " 2.2.0 still sends it: it breaks at the next upgrade).",
					"Define 43 inside the MS-UC-Client class"
							+ " as binary: \"option-def\": [{\"name\": \"vendor-encapsulated-options\", \"code\": 43,"
							+ " \"type\": \"binary\"}].");
		}
		if (setting.has(Trait.NO_DEFINITION_TEXT)) {
			report.add(ProblemCode.KEA_120_NO_DEFINITION, setting.line(),
					"Option 120 is given as text by code, but"
							+ " Kea has no option 120 built in: kea-dhcp4 refuses the file and does not start.",
					"Define 120 (\"type\": \"binary\", or a record of uint8 and fqdn) and give the hex with"
							+ " \"csv-format\": false.");
		}
		if (setting.has(Trait.NOT_IN_OPTION_DATA)) {
			report.add(ProblemCode.KEA_43_NOT_IN_OPTION_DATA, setting.line(), "Option 43 is defined to carry the"
					+ " MS-UC-Client sub-options, but option-data has no entry for 43 itself: Kea sends no option 43.",
					"Add { \"name\": \"vendor-encapsulated-options\" } to the class's option-data.");
		}
		if (setting.has(Trait.PASTE_CUT)) {
			truncated(setting.line(), report);
		}
	}

	private static void windowsDefinitions(Paste paste, Report report) {
		for (Definition definition : paste.definitions) {
			boolean lync = (definition.code() == 120 && definition.space().equals(Definition.TOP))
					|| (!definition.space().equals(Definition.TOP) && definition.code() >= 1 && definition.code() <= 5);
			if (lync && !BINARY_TYPES.contains(definition.type().toLowerCase(Locale.ROOT))) {
				report.add(ProblemCode.WIN_OPTIONDEF_NOT_BINARY, definition.line(), "Option " + definition.code()
						+ (definition.space().equals(Definition.TOP) ? "" : " of vendor class " + definition.space())
						+ " is defined as " + definition.type() + ", so its value is encoded as "
						+ definition.type().toLowerCase(Locale.ROOT) + ", not as the bytes phones expect.",
						"Delete the definition and add it again as Binary (it is server-wide: every scope uses it).");
			}
		}
	}

	private static void truncated(int line, Report report) {
		report.add(ProblemCode.PASTE_TRUNCATED, line,
				"The paste is cut off here (PowerShell shows only the first"
						+ " items of an array and \"...\"): this value cannot be judged.",
				"Set $FormatEnumerationLimit = -1 and paste the Format-List output again.");
	}

}
