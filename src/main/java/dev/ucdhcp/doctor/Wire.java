package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a phone sending option 60 MS-UC-Client receives where the server changes what is
 * written: a class that never matches, ISC's class over subnet, Kea's pool > subnet >
 * class > global, dnsmasq's last untagged value and its reversed vendor form.
 */
final class Wire {

	static final String NONE = "none";

	static final String EMPTY = "EMPTY";

	private Wire() {
	}

	/** A 43 or 120 in a class that phones never match reaches no phone. */
	static void classesThatNeverMatch(Paste paste) {
		for (Setting setting : new ArrayList<>(paste.settings)) {
			Optional<VendorClass> selected = Phones.selectedClass(paste, setting);
			if (selected.isPresent() && !selected.get().matchesPhones() && selected.get().meantForPhones()) {
				paste.replace(setting, setting.wire(NONE));
			}
		}
	}

	/**
	 * ISC: a value in the phones' class overrides the subnet's and the global one;
	 * without one, the subnet's overrides the global one (seen on the wire with dhcpd
	 * 4.4.3-P1: an access point's 43 in the subnet reached the phone instead of the
	 * global Lync 43).
	 */
	static void iscClassOverSubnet(Paste paste) {
		for (int code : List.of(43, 120)) {
			Optional<Setting> inClass = phoneClassValue(paste, code);
			if (inClass.isEmpty()) {
				subnetOverGlobal(paste, code);
				continue;
			}
			for (Setting other : paste.settings(code)) {
				if (other.level() != Level.CLASS && !Arrays.equals(other.bytes(), inClass.get().bytes())) {
					paste.replace(other, other.wire(inClass.get().hex()));
				}
			}
		}
	}

	/**
	 * Where every subnet gives the same value (so the phone's subnet need not be known),
	 * a global value that differs never reaches a phone.
	 */
	private static void subnetOverGlobal(Paste paste, int code) {
		List<Setting> subnets = paste.settings(code)
			.stream()
			.filter((setting) -> setting.level() == Level.SCOPE)
			.toList();
		boolean agree = !subnets.isEmpty()
				&& subnets.stream().allMatch((setting) -> Arrays.equals(setting.bytes(), subnets.get(0).bytes()));
		if (!agree) {
			return;
		}
		for (Setting global : paste.settings(code)) {
			if (global.level() == Level.GLOBAL && global.wire().isEmpty()
					&& !Arrays.equals(global.bytes(), subnets.get(0).bytes())) {
				paste.replace(global, global.wire(subnets.get(0).hex()));
			}
		}
	}

	/** Kea: pool beats subnet beats class beats global. */
	static void keaPrecedence(Paste paste) {
		for (int code : List.of(43, 120)) {
			Optional<Setting> inClass = phoneClassValue(paste, code);
			List<Setting> local = paste.settings(code)
				.stream()
				.filter((setting) -> setting.level() == Level.SCOPE || setting.level() == Level.POOL)
				.toList();
			if (inClass.isPresent() && !local.isEmpty() && inClass.get().wire().isEmpty()) {
				paste.replace(inClass.get(), inClass.get().wire(local.get(0).hex()));
			}
			Optional<Setting> winner = inClass.isPresent() ? inClass : Optional.empty();
			for (Setting global : paste.settings(code)) {
				if (global.level() == Level.GLOBAL && winner.isPresent() && global.wire().isEmpty()
						&& !Arrays.equals(global.bytes(), winner.get().bytes())) {
					paste.replace(global, global.wire(winner.get().hex()));
				}
			}
		}
	}

	/** dnsmasq: of several untagged values for one code, the last goes to everyone. */
	static void dnsmasqLastUntagged(Paste paste, int code) {
		List<Setting> untagged = paste.settings(code)
			.stream()
			.filter((setting) -> setting.selector().isEmpty() && setting.level() == Level.GLOBAL)
			.toList();
		for (int i = 0; i < untagged.size() - 1; i++) {
			Setting earlier = untagged.get(i);
			if (!Arrays.equals(earlier.bytes(), untagged.get(untagged.size() - 1).bytes())) {
				paste.replace(earlier, earlier.wire(NONE));
			}
		}
	}

	/** dnsmasq's {@code vendor:} form: sub-options in reverse order, then FF. */
	static byte[] reversedWithEnd(byte[] value) {
		Tlv tlv = Tlv.walk(value);
		List<byte[]> parts = new ArrayList<>();
		for (Tlv.Item item : tlv.items()) {
			parts.add(0, HexText.tlv(item.code(), item.value()));
		}
		parts.add(new byte[] { (byte) 0xFF });
		return HexText.concat(parts.toArray(new byte[0][]));
	}

	private static Optional<Setting> phoneClassValue(Paste paste, int code) {
		return paste.settings(code)
			.stream()
			.filter((setting) -> setting.level() == Level.CLASS
					&& Phones.selectedClass(paste, setting).map(VendorClass::matchesPhones).orElse(false))
			.findFirst();
	}

}
