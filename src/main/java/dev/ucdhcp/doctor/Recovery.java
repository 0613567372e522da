package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * The builder's inputs recovered from a paste: web, port, path and scheme from the
 * phones' option 43, pool, Director or SBA from each option 120, scope or sites from the
 * networks that carry their own 120, NTP and VLAN where set, the vendor from the format;
 * checked by {@link ProvisioningInputs#parse}, and what cannot be recovered named.
 */
final class Recovery {

	private Recovery() {
	}

	static Optional<Recovered> recover(Paste paste, Hints hints) {
		Map<String, String> inputs = new LinkedHashMap<>();
		List<String> notRecovered = new ArrayList<>();
		Optional<Tlv> tlv = Phones.option43(paste)
			.stream()
			.filter((setting) -> !setting.wire().equals(Optional.of(Wire.NONE)))
			.map((setting) -> Tlv.walk(setting.bytes()))
			.filter((walk) -> walk.complete() && walk.find(3).isPresent())
			.findFirst();
		Optional<String> web = tlv.flatMap((walk) -> walk.find(3)).map(Tlv.Item::text);
		if (tlv.isEmpty()) {
			notRecovered
				.add(ProvisioningInputs.WEB + ": no readable option 43 for MS-UC-Client; it defaults to the pool");
		}
		tlv.ifPresent((walk) -> options43(walk, inputs));
		Registrars.recover(paste, hints, web, inputs, notRecovered);
		Extras.recover(paste, inputs);
		if (paste.format == PasteFormat.CISCO && hints.vlan().isPresent()) {
			// IOS cannot carry the CPE-OCPHONE VLAN (one option 43 per pool): only
			// ucdhcp's
			// own comment block still names it
			inputs.put(ProvisioningInputs.VLAN, hints.vlan().get());
		}
		if (!inputs.containsKey(ProvisioningInputs.POOL)) {
			return Optional.empty();
		}
		return Optional.of(validated(inputs, vendor(paste.format), notRecovered));
	}

	private static void options43(Tlv walk, Map<String, String> inputs) {
		walk.find(4)
			.map(Tlv.Item::text)
			.filter((port) -> !port.equals("443"))
			.ifPresent((port) -> inputs.put(ProvisioningInputs.PORT, port));
		walk.find(5)
			.map(Tlv.Item::text)
			.filter((path) -> !path.equals("/CertProv/CertProvisioningService.svc"))
			.ifPresent((path) -> inputs.put(ProvisioningInputs.PATH, path));
		walk.find(2)
			.map(Tlv.Item::text)
			.filter((scheme) -> !scheme.equals("https"))
			.ifPresent((scheme) -> inputs.put(ProvisioningInputs.SCHEME, scheme));
		walk.find(3).map(Tlv.Item::text).ifPresent((web) -> inputs.put(ProvisioningInputs.WEB, web));
	}

	private static Recovered validated(Map<String, String> inputs, String vendor, List<String> notRecovered) {
		Map<String, String> kept = new LinkedHashMap<>(inputs);
		for (int attempt = 0; attempt < ProvisioningInputs.NAMES.size(); attempt++) {
			ProvisioningInputs.Parsed parsed = ProvisioningInputs.parse(kept);
			if (parsed.fieldErrors().isEmpty()) {
				break;
			}
			for (Map.Entry<String, String> error : parsed.fieldErrors().entrySet()) {
				if (kept.remove(error.getKey()) != null) {
					notRecovered.add(error.getKey() + ": " + error.getValue());
				}
			}
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		ProvisioningInputs.NAMES.stream()
			.filter(kept::containsKey)
			.forEach((name) -> ordered.put(name, kept.get(name)));
		return new Recovered(Collections.unmodifiableMap(ordered), vendor, List.copyOf(notRecovered));
	}

	static String vendor(PasteFormat format) {
		return switch (format) {
			case NETSH -> "netsh";
			case POWERSHELL, WINXML -> "powershell";
			default -> format.id();
		};
	}

}
