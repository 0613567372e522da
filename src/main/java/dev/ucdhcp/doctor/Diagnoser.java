package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs every rule family over the model and puts the diagnosis together. */
final class Diagnoser {

	private Diagnoser() {
	}

	static Diagnosis diagnose(Paste paste, Hints hints) {
		Report report = new Report();
		Option43Rules.check(paste, report);
		Option120Rules.check(paste, report);
		ScopingRules.check(paste, report);
		ServerRules.check(paste, report);
		List<Problem> problems = report.problems();
		boolean anything = !paste.settings(43).isEmpty() || !paste.settings(120).isEmpty()
				|| paste.classes.stream().anyMatch(VendorClass::meantForPhones);
		Optional<Boolean> healthy = anything
				? Optional.of(problems.stream().allMatch((problem) -> problem.severity() == Severity.INFO))
				: Optional.empty();
		List<ExtractedValue> option120 = paste.settings(120)
			.stream()
			.map((setting) -> extracted(paste, setting, Optional.empty()))
			.toList();
		List<ExtractedValue> option43 = Phones.option43(paste)
			.stream()
			.map((setting) -> extracted(paste, setting, vendorClass(paste, setting)))
			.toList();
		Optional<Recovered> corrected = Recovery.recover(paste, hints);
		return new Diagnosis(paste.format, healthy, problems, option120, option43, checks(paste), corrected);
	}

	private static ExtractedValue extracted(Paste paste, Setting setting, Optional<String> vendorClass) {
		return new ExtractedValue(setting.hex(), setting.where(), setting.line(), vendorClass, setting.wire());
	}

	private static Optional<String> vendorClass(Paste paste, Setting setting) {
		Optional<VendorClass> selected = Phones.selectedClass(paste, setting);
		if (selected.isPresent()) {
			return Optional.of(Option43Rules.printable(selected.get().text()));
		}
		return setting.selector();
	}

	/**
	 * The reference's "not decidable from a pasted config" list, and the server's own.
	 */
	static List<String> checks(Paste paste) {
		List<String> checks = new ArrayList<>();
		checks.add("Relays (ip helper-address, DHCP relay agents) must forward the phones' DHCPINFORM and send the"
				+ " answer back to the phone: a paste cannot show that; run the probe from the phones' subnet.");
		checks.add("Phones of other makes may need options 66, 160 or 161 for their own provisioning (Yealink,"
				+ " Polycom): check what those phones expect.");
		checks.add("Phones that signed in before a migration may keep the old server: reset one and sign in again.");
		if (paste.settings.stream().anyMatch((s) -> s.selector().equals(Optional.of(MikrotikParser.UNATTACHED)))) {
			checks.add("The paste shows RouterOS option entries but not where they are attached: paste /export (network"
					+ " dhcp-option= or option sets with a matcher) to judge who receives them.");
		}
		if (paste.format == PasteFormat.MIKROTIK) {
			checks.add("Whether RouterOS answers DHCPINFORM through a v7 matcher is unverified: test one phone.");
		}
		if (paste.format == PasteFormat.CISCO) {
			checks.add("IOS pools cannot filter by option 60: every client of the phones' pool gets option 43, so keep"
					+ " the phones in a VLAN and pool of their own.");
		}
		return checks;
	}

}
