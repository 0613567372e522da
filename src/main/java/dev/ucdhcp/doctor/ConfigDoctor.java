package dev.ucdhcp.doctor;

import java.util.Optional;

/**
 * The doctor's one entry point for the page, the API and the CLI.
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
		throw new UnsupportedOperationException("the engine is being built on branch doctor");
	}

}
