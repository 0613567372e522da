package dev.ucdhcp.doctor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which values of a paste concern the phones: the option 43 meant for vendor class
 * MS-UC-Client (scoped to a class meant for phones, or unscoped and not an access point's
 * or the CPE-OCPHONE VLAN's), and the class a value is restricted to.
 */
final class Phones {

	private Phones() {
	}

	static List<Setting> option43(Paste paste) {
		return paste.settings(43).stream().filter((setting) -> forPhones(paste, setting)).toList();
	}

	static boolean forPhones(Paste paste, Setting setting) {
		if (setting.selector().isPresent()) {
			Optional<VendorClass> selected = selectedClass(paste, setting);
			if (selected.isPresent()) {
				return selected.get().matchesPhones() || selected.get().meantForPhones();
			}
			String name = setting.selector().get().toLowerCase(Locale.ROOT);
			return !name.contains("ocphone") && !accessPointName(name);
		}
		return !accessPoint(setting.bytes()) && !vlanOnly(setting.bytes());
	}

	static Optional<VendorClass> selectedClass(Paste paste, Setting setting) {
		return setting.selector().flatMap(paste::vendorClass);
	}

	/**
	 * An access point's option 43: Cisco's {@code F1} + a list of controller addresses,
	 * or Aruba's controller address as text.
	 */
	static boolean accessPoint(byte[] value) {
		if (value.length >= 6 && (value[0] & 0xFF) == 0xF1) {
			int length = value[1] & 0xFF;
			return length % 4 == 0 && length + 2 == value.length;
		}
		return value.length >= 7 && HexText.ipv4(new String(value, StandardCharsets.US_ASCII)).isPresent();
	}

	static boolean accessPointName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.contains("cisco ap") || lower.contains("arubaap") || lower.contains("airespace")
				|| lower.contains("aruba");
	}

	private static boolean vlanOnly(byte[] value) {
		return value.length >= 2 && (value[0] & 0xFF) == 10 && (value[1] & 0xFF) + 2 == value.length;
	}

}
