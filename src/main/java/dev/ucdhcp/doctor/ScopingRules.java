package dev.ucdhcp.doctor;

import java.util.List;
import java.util.Objects;

/**
 * The rules about who receives option 43: set without a vendor class (every client gets
 * it), a class that does not match what phones send, no option 43 at all, and an access
 * point's 43 in the same place as the phones'.
 */
final class ScopingRules {

	private ScopingRules() {
	}

	static void check(Paste paste, Report report) {
		List<Setting> phones = Phones.option43(paste);
		if (phones.isEmpty()) {
			report.add(ProblemCode.O43_MISSING, 0,
					"No option 43 for vendor class MS-UC-Client is set: phones never"
							+ " learn the certificate provisioning URL and do not offer PIN sign-in.",
					"Add option 43 for MS-UC-Client (the corrected config below).");
		}
		for (Setting setting : phones) {
			unscoped(paste, setting, report);
		}
		for (VendorClass vendorClass : paste.classes) {
			mismatch(paste, vendorClass, report);
		}
		if (paste.format == PasteFormat.NETSH || paste.format == PasteFormat.POWERSHELL
				|| paste.format == PasteFormat.WINXML) {
			unknownClass(paste, phones, report);
		}
		collisions(paste, phones, report);
	}

	private static void unscoped(Paste paste, Setting setting, Report report) {
		boolean cisco = paste.format == PasteFormat.CISCO;
		if (setting.scopedByClass() || (cisco && !setting.has(Trait.OPTION60_NO_FILTER))) {
			return;
		}
		String message = cisco
				? "This pool sets option 60 next to option 43, but on IOS option 60 in a pool is what the router sends,"
						+ " not a filter: every client in the pool gets the phones' option 43."
				: "Option 43 is set " + setting.where() + " without a vendor class: every client that asks for option"
						+ " 43 gets the phones' bytes, and access points or other phones read them as their own.";
		report.add(ProblemCode.GLOBAL_43_HITS_ALL_CLIENTS, setting.line(), message, fix(paste.format));
	}

	private static String fix(PasteFormat format) {
		return switch (format) {
			case NETSH, POWERSHELL, WINXML -> "Set the sub-options for vendor class MSUCClient (data MS-UC-Client).";
			case ISC -> "Move it into a class matching option vendor-class-identifier = \"MS-UC-Client\".";
			case KEA -> "Move it into a client class testing option[vendor-class-identifier].text == 'MS-UC-Client'.";
			case DNSMASQ -> "Tag it: dhcp-vendorclass=set:msucclient,MS-UC-Client and dhcp-option=tag:msucclient,43,….";
			case MIKROTIK -> "RouterOS 7.4+: put it in an option set used by a matcher code=60 value=\"MS-UC-Client\";"
					+ " RouterOS 6: give the phones their own network.";
			case CISCO -> "Give the phones a pool (and VLAN) of their own.";
		};
	}

	private static void mismatch(Paste paste, VendorClass vendorClass, Report report) {
		if (vendorClass.matchesPhones() || !vendorClass.meantForPhones()) {
			return;
		}
		String seen = Option43Rules.printable(vendorClass.text());
		report.add(ProblemCode.VENDOR_CLASS_MISMATCH, vendorClass.line(),
				"The class " + vendorClass.name() + " compares option 60 with \"" + seen + "\""
						+ (vendorClass.text().endsWith(" ") || vendorClass.text().endsWith("\n")
								|| vendorClass.text().endsWith("\r") ? " (with a trailing space or line break)" : "")
						+ ", but phones send exactly MS-UC-Client (case matters): its option 43 never reaches a phone.",
				"Match exactly MS-UC-Client (hex 4D532D55432D436C69656E74).");
	}

	/**
	 * Windows takes the class name in vendor=, not its data: a value under another name
	 * is lost.
	 */
	private static void unknownClass(Paste paste, List<Setting> phones, Report report) {
		List<String> holders = paste.classes.stream()
			.filter(VendorClass::matchesPhones)
			.map(VendorClass::name)
			.toList();
		for (Setting setting : phones) {
			String name = setting.selector().orElse("");
			if (!name.isEmpty() && !holders.isEmpty() && !holders.contains(name) && paste.vendorClass(name).isEmpty()) {
				report.add(ProblemCode.VENDOR_CLASS_MISMATCH, setting.line(),
						"The sub-options are set for vendor class " + name
								+ ", but the class holding MS-UC-Client is named " + holders.get(0)
								+ ": Windows takes the class name here, so phones never get these values.",
						"Set the values with vendor=" + holders.get(0) + " (the class name, not its data).");
			}
		}
	}

	private static void collisions(Paste paste, List<Setting> phones, Report report) {
		List<Setting> accessPoints = paste.settings(43)
			.stream()
			.filter((setting) -> !Phones.forPhones(paste, setting) && setting.selector().isEmpty()
					&& Phones.accessPoint(setting.bytes()))
			.toList();
		for (Setting phone : phones) {
			if (phone.scopedByClass() && paste.format != PasteFormat.CISCO) {
				continue;
			}
			for (Setting accessPoint : accessPoints) {
				if (samePlace(phone, accessPoint)) {
					report.add(ProblemCode.O43_COLLIDES_WITH_AP, phone.line(),
							"The phones' option 43 and an access" + " point's option 43 (line " + accessPoint.line()
									+ ") meet " + phone.where() + ": one side gets the other's bytes.",
							"Separate them by vendor class, or put phones"
									+ " and access points in different VLANs and scopes.");
				}
			}
		}
	}

	private static boolean samePlace(Setting phone, Setting accessPoint) {
		return phone.level() == Level.GLOBAL || accessPoint.level() == Level.GLOBAL
				|| Objects.equals(phone.where(), accessPoint.where())
				|| (phone.network().isPresent() && phone.network().equals(accessPoint.network()));
	}

}
