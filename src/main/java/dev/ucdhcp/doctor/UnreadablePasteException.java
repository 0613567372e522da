package dev.ucdhcp.doctor;

/**
 * A paste the doctor cannot read: its format cannot be told (the message names the
 * formats it reads), or it is over {@link ConfigDoctor#MAX_PASTE_BYTES}. The API answers
 * 400 (413 for the size), the CLI exits 2.
 */
public class UnreadablePasteException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean tooLarge;

	public UnreadablePasteException(String message, boolean tooLarge) {
		super(message);
		this.tooLarge = tooLarge;
	}

	public boolean tooLarge() {
		return this.tooLarge;
	}

}
