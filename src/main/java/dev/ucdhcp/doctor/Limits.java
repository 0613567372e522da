package dev.ucdhcp.doctor;

/**
 * What a paste may make the doctor do, so that any input of at most
 * {@link ConfigDoctor#MAX_PASTE_BYTES} ends in bounded time and memory (STYLE.md habit
 * 19). Past a limit the paste is refused with a named error, never read half.
 */
final class Limits {

	/** Lines read: a real dhcpd.conf or netsh dump of 256 KiB has far fewer. */
	static final int MAX_LINES = 20_000;

	/** Braces, JSON objects and arrays, XML elements nested in one another. */
	static final int MAX_DEPTH = 64;

	/** Words, strings and punctuation of a structured paste (ISC, Kea, XML nodes). */
	static final int MAX_TOKENS = 200_000;

	/** JSON values or XML nodes: a real kea-dhcp4.conf or export of 256 KiB has fewer. */
	static final int MAX_NODES = 100_000;

	/** Option values kept: more than any server holds for phones. */
	static final int MAX_SETTINGS = 4_000;

	/** Problems reported: past this the rest repeat what was said. */
	static final int MAX_PROBLEMS = 200;

	private Limits() {
	}

	static UnreadablePasteException exceeded(String what, int limit) {
		return new UnreadablePasteException("This paste has more " + what + " than the doctor reads (at most " + limit
				+ "). Paste the part that concerns the phones.", false);
	}

}
