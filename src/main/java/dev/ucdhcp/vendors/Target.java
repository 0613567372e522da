package dev.ucdhcp.vendors;

import java.util.List;

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

	/** The download's file name, e.g. {@code ucdhcp-isc.conf}. */
	String fileName();

	/** The download's media type. */
	String mediaType();

	/**
	 * What this target warns about for these inputs, including the inputs' own warnings.
	 */
	List<Warning> warnings(PhoneProvisioning provisioning);

	/**
	 * The complete configuration, opening with a comment block that names the inputs, the
	 * permalink and every warning.
	 */
	String render(PhoneProvisioning provisioning, String permalink);

}
