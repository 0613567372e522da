package dev.ucdhcp.web;

import java.util.Map;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.vendors.Target;
import dev.ucdhcp.vendors.TargetRegistry;

import org.springframework.stereotype.Component;

/**
 * The rendered config for a vendor in the path, shared by the download and the API so
 * both return the same body.
 */
@Component
public class ConfigRenderer {

	private final TargetRegistry targets;

	private final Permalinks permalinks;

	public ConfigRenderer(TargetRegistry targets, Permalinks permalinks) {
		this.targets = targets;
		this.permalinks = permalinks;
	}

	/**
	 * A rendered config, the target that wrote it and the inputs it was written for (the
	 * download is named after their site).
	 */
	public record Rendered(Target target, PhoneProvisioning provisioning, String body) {

		public String fileName() {
			return this.target.fileName(this.provisioning);
		}

	}

	public Target target(String vendor) {
		return this.targets.find(vendor).orElseThrow(() -> new UnknownVendorException(vendor, this.targets.ids()));
	}

	public Rendered render(String vendor, Map<String, String> query) {
		Target target = target(vendor);
		PhoneProvisioning provisioning = provisioning(query);
		return new Rendered(target, provisioning,
				target.render(provisioning, (shown) -> this.permalinks.absolute(shown, vendor)));
	}

	/**
	 * The validated inputs, or a 400 naming each invalid field. The vendor is not one of
	 * them: the path or {@link #target} resolves it.
	 */
	public PhoneProvisioning provisioning(Map<String, String> query) {
		ProvisioningInputs.Parsed parsed = ProvisioningInputs.parse(SubmissionReader.typed(query));
		return parsed.provisioning().orElseThrow(() -> InvalidInputException.of(parsed));
	}

}
