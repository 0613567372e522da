package dev.ucdhcp.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.vendors.Target;
import dev.ucdhcp.vendors.TargetRegistry;

import org.springframework.stereotype.Component;

/**
 * Reads the contract's inputs from a query (form, permalink or API: one vocabulary). The
 * rules live in {@link ProvisioningInputs}; this only adds the vendor.
 */
@Component
public class SubmissionReader {

	private final TargetRegistry targets;

	public SubmissionReader(TargetRegistry targets) {
		this.targets = targets;
	}

	TargetRegistry targets() {
		return this.targets;
	}

	public Submission read(Map<String, String> query) {
		Map<String, String> typed = typed(query);
		ProvisioningInputs.Parsed parsed = ProvisioningInputs.parse(typed);
		Map<String, String> errors = new LinkedHashMap<>(parsed.fieldErrors());
		String vendor = query.getOrDefault(Submission.VENDOR, "").strip();
		if (vendor.isEmpty()) {
			vendor = TargetRegistry.DEFAULT_VENDOR;
		}
		Optional<Target> target = this.targets.find(vendor);
		if (target.isEmpty()) {
			errors.put(Submission.VENDOR,
					"Choose one of the DHCP servers: " + String.join(", ", this.targets.ids()) + ".");
		}
		return new Submission(typed, vendor, parsed.provisioning(), target, errors, parsed.siteErrors());
	}

	/** Every input name of the contract mapped to what was typed ("" if nothing). */
	static Map<String, String> typed(Map<String, String> query) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (String name : ProvisioningInputs.NAMES) {
			typed.put(name, query.getOrDefault(name, ""));
		}
		return typed;
	}

}
