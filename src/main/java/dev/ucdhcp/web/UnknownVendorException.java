package dev.ucdhcp.web;

/** A vendor in the path that is not one of the targets: becomes a 404 problem. */
public class UnknownVendorException extends RuntimeException {

	public UnknownVendorException(String vendor, Iterable<String> known) {
		super("There is no DHCP server \"" + vendor + "\" here; choose one of: " + String.join(", ", known) + ".");
	}

}
