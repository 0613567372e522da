package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * The builder's optional inputs where a paste sets them: option 42 time servers, and the
 * CPE-OCPHONE voice VLAN (option 43 sub-option 10).
 */
final class Extras {

	private Extras() {
	}

	static void recover(Paste paste, Map<String, String> inputs) {
		paste.settings(42)
			.stream()
			.findFirst()
			.map((setting) -> addresses(setting.bytes()))
			.filter((text) -> !text.isEmpty())
			.ifPresent((text) -> inputs.put(ProvisioningInputs.NTP, text));
		paste.settings(43)
			.stream()
			.filter((setting) -> !Phones.forPhones(paste, setting) || setting.selector()
				.map((name) -> name.toUpperCase(Locale.ROOT).contains("OCPHONE"))
				.orElse(false))
			.map((setting) -> Tlv.walk(setting.bytes()).find(10))
			.flatMap(Optional::stream)
			.map(Tlv.Item::text)
			.filter((text) -> !text.isEmpty() && text.chars().allMatch(Character::isDigit))
			.findFirst()
			.ifPresent((vlan) -> inputs.put(ProvisioningInputs.VLAN, vlan));
	}

	private static String addresses(byte[] value) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i + 4 <= value.length; i += 4) {
			out.add((value[i] & 0xFF) + "." + (value[i + 1] & 0xFF) + "." + (value[i + 2] & 0xFF) + "."
					+ (value[i + 3] & 0xFF));
		}
		return String.join(",", out);
	}

}
