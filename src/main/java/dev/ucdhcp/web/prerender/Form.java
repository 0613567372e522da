package dev.ucdhcp.web.prerender;

import java.util.List;

/**
 * What {@link PrerenderedParts} needs to know of the form the page shows, so this room
 * renders the form's parts ahead without depending on the web room that builds the form
 * (its {@code FormView} and {@code FieldView} answer it).
 */
public interface Form {

	/** Every field, in the order the page writes them. */
	List<? extends Field> fields();

	/** The branch sites part, as {@code fragments/sites :: form(sites)} renders it. */
	Record sites();

	/**
	 * The DHCP server tabs, as {@code fragments/vendors :: tabs(vendors)} renders them.
	 */
	List<? extends Record> vendors();

	/**
	 * Every choice {@code index.html} and the htmx swap make from the form around its
	 * parts (the checked topology, Advanced unfolded, an unknown server): a page's shape
	 * ({@link PageSkeletons}). A choice the page makes from the form and this leaves out
	 * would be written as the first page of the shape made it; SkeletonDifferentialTest
	 * fails on it.
	 */
	List<Object> pageChoices();

	/**
	 * One field, as {@code fragments/field :: field(field)} and
	 * {@code fragments/field :: error(field, oob)} render it.
	 */
	interface Field {

		/** The contract's input name, which also names the field's markup. */
		String name();

		/** What was typed. */
		String value();

		/** A select: its markup is never filled with a typed value. */
		boolean select();

		boolean invalid();

		boolean fixable();

		/** The same field with another value typed in. */
		Field withValue(String typed);

	}

}
