package dev.ucdhcp.doctor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The doctor's one entry point for the page, the API and the CLI. It logs nothing: a
 * paste carries internal names and never reaches a log line.
 */
public final class ConfigDoctor {

	/** The largest paste read: 256 KiB of UTF-8 (the API answers 413 beyond). */
	public static final int MAX_PASTE_BYTES = 256 * 1024;

	private ConfigDoctor() {
	}

	/**
	 * Diagnoses a paste in the given format, or in the format it is recognised as. Total:
	 * every input ends in a diagnosis or an {@link UnreadablePasteException} within
	 * bounded time and memory.
	 */
	public static Diagnosis diagnose(String paste, Optional<PasteFormat> format) {
		String text = paste == null ? "" : paste;
		// a UTF-8 character is at most 3 bytes per char: count exactly only when it may
		// matter
		if (text.length() > MAX_PASTE_BYTES || (text.length() * 3L > MAX_PASTE_BYTES
				&& text.getBytes(StandardCharsets.UTF_8).length > MAX_PASTE_BYTES)) {
			throw new UnreadablePasteException("The paste is over " + MAX_PASTE_BYTES / 1024
					+ " KiB: paste the part that concerns the phones (classes, option definitions, the phones' scopes).",
					true);
		}
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		String read = text;
		List<String> lines = Lines.of(read);
		PasteFormat chosen = format.or(() -> FormatDetector.detect(read, lines))
			.orElseThrow(() -> new UnreadablePasteException("The doctor cannot tell which DHCP server this is from. It"
					+ " reads " + String.join(", ", PasteFormat.ids()) + ": choose the format.", false));
		Paste model = Parsers.parse(chosen, read, lines);
		return Diagnoser.diagnose(model, Hints.read(lines));
	}

}
