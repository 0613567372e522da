package dev.ucdhcp.probe;

import java.util.Locale;
import java.util.Optional;

/**
 * One option of one reply compared with what ucdhcp renders.
 *
 * @param code 43, 120 or 42
 * @param status exact, different or missing
 * @param expected the rendered value in hex
 * @param received the value on the wire in hex, when the reply had the option
 * @param explanation for a different value, the first difference in the phone's terms
 */
record OptionVerdict(int code, Status status, String expected, Optional<String> received, String explanation) {

	enum Status {

		EXACT, DIFFERENT, MISSING;

		String word() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	boolean exact() {
		return this.status == Status.EXACT;
	}

	/** {@code option 120 exact} or {@code option 43 different: …}. */
	String text() {
		return "option " + this.code + " " + this.status.word()
				+ (this.explanation.isEmpty() ? "" : ": " + this.explanation);
	}

}
