package dev.ucdhcp.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.Permalink;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.SiteLineError;
import dev.ucdhcp.vendors.Target;

/**
 * One request's inputs as typed (kept to refill the form) and what they mean: a
 * provisioning and a target, or one message per invalid field.
 *
 * @param typed every input name of the contract mapped to what was typed ("" if nothing)
 * @param vendor the vendor as asked for, {@code netsh} when none
 * @param provisioning the validated inputs, empty when any field is invalid
 * @param target the chosen DHCP server, empty when the vendor is unknown
 * @param errors field name to message, in form order
 * @param siteErrors the errors of {@code sites} line by line (their summary is in
 * {@code errors})
 */
public record Submission(Map<String, String> typed, String vendor, Optional<PhoneProvisioning> provisioning,
		Optional<Target> target, Map<String, String> errors, List<SiteLineError> siteErrors) {

	public static final String VENDOR = Permalink.VENDOR;

	public boolean valid() {
		return this.errors.isEmpty() && this.provisioning.isPresent() && this.target.isPresent();
	}

	/** True when the user typed anything: an empty first visit shows no error. */
	public boolean submitted() {
		return this.typed.values().stream().anyMatch((value) -> !value.isBlank());
	}

}
