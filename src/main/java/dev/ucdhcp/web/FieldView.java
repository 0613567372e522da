package dev.ucdhcp.web;

import java.util.List;

import dev.ucdhcp.web.prerender.Form;

/**
 * One form field: what it is, where an administrator finds the value, and what was typed.
 *
 * @param name the contract's input name
 * @param label the visible label
 * @param help what the value is and where to find it
 * @param placeholder an example or the default, shown greyed out
 * @param inputMode the mobile keyboard to offer
 * @param value what was typed
 * @param error the message for this field, "" when fine
 * @param choices the allowed values when the field is a select, else empty
 * @param fix the value to put in with one click when what was pasted is recognised, ""
 * when none
 */
public record FieldView(String name, String label, String help, String placeholder, String inputMode, String value,
		String error, List<String> choices, String fix) implements Form.Field {

	/** The same field with another value typed in. */
	@Override
	public FieldView withValue(String typed) {
		return new FieldView(this.name, this.label, this.help, this.placeholder, this.inputMode, typed, this.error,
				this.choices, this.fix);
	}

	@Override
	public boolean select() {
		return !this.choices.isEmpty();
	}

	/** For a select: the choice to show, the default when nothing was typed. */
	public String selected() {
		return this.value.isBlank() ? this.placeholder : this.value.strip();
	}

	@Override
	public boolean invalid() {
		return !this.error.isEmpty();
	}

	@Override
	public boolean fixable() {
		return !this.fix.isEmpty();
	}

	public String id() {
		return "f-" + this.name;
	}

	public String helpId() {
		return "h-" + this.name;
	}

	public String errorId() {
		return "e-" + this.name;
	}

	/**
	 * The ids a screen reader reads after the label: help, then the error (empty when
	 * fine, filled in place by htmx).
	 */
	public String describedBy() {
		return helpId() + " " + errorId();
	}

	/** Every field name of the form, in order, for the error fragment. */
	static List<String> names(List<FieldView> fields) {
		return fields.stream().map(FieldView::name).toList();
	}

}
