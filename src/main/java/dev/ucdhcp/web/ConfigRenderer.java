package dev.ucdhcp.web;

import dev.ucdhcp.vendors.TargetRegistry;

import java.util.Map;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.vendors.Target;

import org.springframework.stereotype.Component;

/**
 * The rendered config for a vendor in the path, shared by the download and the API so
 * both return the same body.
 */
@Component
public class ConfigRenderer {

	private final SubmissionReader reader;

	private final TargetRegistry targets;

	private final Permalinks permalinks;

	public ConfigRenderer(SubmissionReader reader, TargetRegistry targets, Permalinks permalinks) {
		this.reader = reader;
		this.targets = targets;
		this.permalinks = permalinks;
	}

	/** A rendered config and the target that wrote it. */
	public record Rendered(Target target, String body) {
	}

	public Target target(String vendor) {
		return this.targets.find(vendor).orElseThrow(() -> new UnknownVendorException(vendor, this.targets.ids()));
	}

	public Rendered render(String vendor, Map<String, String> query) {
		Target target = target(vendor);
		PhoneProvisioning provisioning = provisioning(query);
		return new Rendered(target, target.render(provisioning, (shown) -> this.permalinks.absolute(shown, vendor)));
	}

	/**
	 * The validated inputs, or a 400 naming each invalid field; the vendor is ignored.
	 */
	public PhoneProvisioning provisioning(Map<String, String> query) {
		Submission submission = this.reader.read(query);
		Map<String, String> errors = new java.util.LinkedHashMap<>(submission.errors());
		errors.remove(Submission.VENDOR);
		if (!errors.isEmpty() || submission.provisioning().isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return submission.provisioning().get();
	}

}
