package dev.ucdhcp.vendors;

import java.util.List;
import java.util.function.Function;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.Warning;

/**
 * One DHCP server the product writes a configuration for. Adding a target means one
 * class, one template under {@code src/main/resources/vendors/}, its golden files, and
 * one line in {@link TargetRegistry}.
 */
public interface Target {

	/** The contract's vendor name, as used in URLs and the {@code vendor} parameter. */
	String id();

	/** What the administrator calls the server, e.g. "ISC dhcpd 4.4". */
	String displayName();

	/** The download's file name without a site, e.g. {@code ucdhcp-isc.conf}. */
	String fileName();

	/**
	 * The download's file name for these inputs: {@code ucdhcp-isc-berlin.conf} for site
	 * berlin, {@code ucdhcp-isc-sites.conf} with {@code sites}, else {@link #fileName()}.
	 * Two sites' files never share a name.
	 */
	String fileName(PhoneProvisioning provisioning);

	/** The download's media type. */
	String mediaType();

	/**
	 * What this target warns about for these inputs, including the inputs' own warnings.
	 */
	List<Warning> warnings(PhoneProvisioning provisioning);

	/**
	 * The complete configuration, opening with a comment block that names the inputs, the
	 * permalink and every warning.
	 * @param permalinks the absolute permalink (with this target's vendor) of a
	 * provisioning: of the whole output, and with {@code sites} of each
	 * {@link PhoneProvisioning#perSite()} entry, which the file lists
	 */
	default String render(PhoneProvisioning provisioning, Function<PhoneProvisioning, String> permalinks) {
		return render(provisioning, warnings(provisioning), permalinks);
	}

	/**
	 * The same, for a caller that also shows the warnings: {@code warnings} are what
	 * {@link #warnings} gave for this provisioning, so they are worked out once.
	 */
	String render(PhoneProvisioning provisioning, List<Warning> warnings,
			Function<PhoneProvisioning, String> permalinks);

	/**
	 * The same with one permalink for everything: for outputs without {@code sites}, or
	 * where the sites' own links do not matter.
	 */
	default String render(PhoneProvisioning provisioning, String permalink) {
		return render(provisioning, (any) -> permalink);
	}

}
