package dev.ucdhcp.encoding;

/**
 * Something the administrator must know before pasting a config. The code is a stable
 * identifier (API clients match on it); the message is plain words.
 *
 * @param code the stable identifier
 * @param message plain words for the administrator
 * @param subject what the warning is about (e.g. {@code option 43}), so a target can put
 * it next to the line it concerns; empty when it concerns the whole output
 */
public record Warning(WarningCode code, String message, String subject) {

	public Warning(WarningCode code, String message) {
		this(code, message, "");
	}

	/** Whether this is the warning {@code code} about {@code subject}. */
	public boolean is(WarningCode code, String subject) {
		return this.code == code && this.subject.equals(subject);
	}

}
