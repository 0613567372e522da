package dev.ucdhcp.doctor;

import java.util.Locale;

/**
 * How bad a problem is: {@code ERROR}, phones get no usable 43/120 (or the server does
 * not load); {@code WARN}, phones may work but something else breaks; {@code INFO}, worth
 * saying. A paste is healthy when no error or warn applies.
 */
public enum Severity {

	ERROR, WARN, INFO;

	/** As the API writes it: {@code error}, {@code warn}, {@code info}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
