package dev.ucdhcp.web.doctor;

import java.util.Arrays;
import java.util.List;

import dev.ucdhcp.doctor.PasteFormat;

/**
 * The doctor page's model: the paste as it was sent back into its text area, the format
 * chosen, a message per field that needs one (the error summary lists them), and the
 * diagnosis when there is one.
 *
 * @param paste what was pasted ("" before the first submit)
 * @param format the format chosen, "" to detect it
 * @param pasteError what is wrong with the paste, "" when nothing
 * @param formatError what is wrong with the format, "" when nothing
 * @param result the diagnosis, null before the first submit or when a field is wrong
 * @param submitted whether this answers a POST
 */
public record DoctorPage(String paste, String format, String pasteError, String formatError, DiagnosisView result,
		boolean submitted) {

	/** One choice of the format select. */
	public record FormatChoice(String id, String name, boolean selected) {
	}

	static final String TITLE = "Config doctor: why phones do not sign in · ucdhcp";

	static DoctorPage empty() {
		return new DoctorPage("", "", "", "", null, false);
	}

	public List<FormatChoice> formats() {
		return Arrays.stream(PasteFormat.values())
			.map((choice) -> new FormatChoice(choice.id(), choice.displayName(), choice.id().equals(this.format)))
			.toList();
	}

	/**
	 * The text area's content: the HTML parser drops one line break right after
	 * {@code <textarea>}, so one is added for a paste that starts with its own.
	 */
	public String textareaText() {
		return (this.paste.startsWith("\n") || this.paste.startsWith("\r")) ? "\n" + this.paste : this.paste;
	}

	public boolean hasErrors() {
		return !this.pasteError.isEmpty() || !this.formatError.isEmpty();
	}

	public String pageTitle() {
		if (hasErrors()) {
			return "Fix the paste · Config doctor · ucdhcp";
		}
		return (this.result != null) ? this.result.headline() + " · Config doctor · ucdhcp" : TITLE;
	}

}
