package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;

import dev.ucdhcp.encoding.LengthBudget;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.PlatformLimit;
import dev.ucdhcp.encoding.Warning;

/**
 * What every target shares: its names, its template (parsed once, as the page re-renders
 * on every keystroke) and the inputs' own warnings ahead of the target's.
 */
abstract class TemplatedTarget implements Target {

	static final String TEXT_PLAIN = "text/plain";

	private final String id;

	private final String displayName;

	private final String extension;

	private final String mediaType;

	private final Template template;

	TemplatedTarget(String id, String displayName, String extension, String mediaType) {
		this.id = id;
		this.displayName = displayName;
		this.extension = extension;
		this.mediaType = mediaType;
		this.template = Template.load(id + "." + extension);
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public String fileName() {
		return "ucdhcp-" + this.id + "." + this.extension;
	}

	@Override
	public String mediaType() {
		return this.mediaType;
	}

	@Override
	public List<Warning> warnings(PhoneProvisioning provisioning) {
		List<Warning> warnings = new ArrayList<>(provisioning.warnings());
		if (LengthBudget.of(provisioning.option120().bytes()).crosses(PlatformLimit.DHCP_OPTION)) {
			warnings.add(new Warning(Warning.OPTION_TOO_LONG, "Option 120 is longer than 255 bytes, the most one"
					+ " DHCP option can carry: use a registrar FQDN of at most 252 characters."));
		}
		addOwnWarnings(provisioning, warnings);
		return List.copyOf(warnings);
	}

	/** The target's own warnings, after the inputs' ones; none by default. */
	void addOwnWarnings(PhoneProvisioning provisioning, List<Warning> warnings) {
	}

	Template template() {
		return this.template;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
