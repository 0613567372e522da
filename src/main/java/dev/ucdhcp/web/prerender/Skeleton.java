package dev.ucdhcp.web.prerender;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Markup rendered with numbered marks in place of texts ({@link #mark}), cut into the
 * literal markup between them and the number of each: filling it writes the literals and
 * each slot's text escaped as {@code th:text} would have written it. Escaping text
 * character by character commutes with joining texts, so a mark the template wrote inside
 * a longer text or attribute is filled correctly too. Slots from {@code escaped} on hold
 * markup the template writes as it is ({@code th:utext} of a part rendered ahead): they
 * are filled unescaped.
 */
final class Skeleton {

	static final char OPEN = '\uE000';

	static final char CLOSE = '\uE001';

	private final String[] literals;

	private final int[] slots;

	private final int escaped;

	private Skeleton(String[] literals, int[] slots, int escaped) {
		this.literals = literals;
		this.slots = slots;
		this.escaped = escaped;
	}

	/** The mark of slot {@code slot}: two private-use characters around its number. */
	static String mark(int slot) {
		return OPEN + Integer.toString(slot) + CLOSE;
	}

	/** Whether a text holds one of the characters marks are made of. */
	static boolean holdsMarks(String text) {
		return text.indexOf(OPEN) >= 0 || text.indexOf(CLOSE) >= 0;
	}

	/**
	 * Texts for a skeleton's slots and the markup the template rendered with them.
	 *
	 * @param texts one text per slot, in slot order
	 * @param rendered the template's own rendering with these texts
	 */
	record Filling(List<String> texts, String rendered) {
	}

	/**
	 * The skeleton of markup rendered with marks, kept only when filling it with each
	 * filling's texts gives that filling's rendering; null when one does not, or when a
	 * mark is broken. Two different fillings, not one: a template that tests a text's
	 * value (its length, a prefix, a case) can take the mark's branch for one text and
	 * not for another of the same shape, and a skeleton checked once would then write a
	 * later result wrong.
	 */
	static Skeleton checked(String marked, Filling first, Filling second) {
		return checked(marked, first, second, first.texts().size());
	}

	/**
	 * As {@link #checked(String, Filling, Filling)}, with the slots from {@code escaped}
	 * on holding markup written as it is.
	 */
	static Skeleton checked(String marked, Filling first, Filling second, int escaped) {
		if (first.texts().size() != second.texts().size()) {
			throw new IllegalArgumentException("Two fillings of one shape have as many texts");
		}
		try {
			Skeleton skeleton = parse(marked, first.texts().size(), escaped);
			return (skeleton.fill(first.texts()).equals(first.rendered())
					&& skeleton.fill(second.texts()).equals(second.rendered())) ? skeleton : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The text a second filling puts where {@code text} was: another value of another
	 * length, full of markup characters and with the case changed, so a template that
	 * tests a text beyond its emptiness reads differently with it than with the first.
	 */
	static String other(String text) {
		return "<&\"'" + new StringBuilder(text).reverse().toString().toUpperCase(Locale.ROOT) + " " + "W".repeat(40)
				+ "'\"&>";
	}

	/**
	 * The skeleton of markup rendered with marks for {@code slots} texts.
	 * @throws IllegalArgumentException when a mark is broken or out of range
	 */
	static Skeleton parse(String markup, int slots) {
		return parse(markup, slots, slots);
	}

	private static Skeleton parse(String markup, int slots, int escaped) {
		List<String> literals = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		int from = 0;
		int open = markup.indexOf(OPEN);
		while (open >= 0) {
			int close = markup.indexOf(CLOSE, open);
			if (close < 0) {
				throw new IllegalArgumentException("A mark without its end at " + open);
			}
			int slot = Integer.parseInt(markup, open + 1, close, 10);
			if (slot < 0 || slot >= slots) {
				throw new IllegalArgumentException("No text for slot " + slot);
			}
			literals.add(literal(markup, from, open));
			numbers.add(slot);
			from = close + 1;
			open = markup.indexOf(OPEN, from);
		}
		literals.add(literal(markup, from, markup.length()));
		return new Skeleton(literals.toArray(String[]::new), numbers.stream().mapToInt(Integer::intValue).toArray(),
				escaped);
	}

	private static String literal(String markup, int from, int to) {
		String literal = markup.substring(from, to);
		if (literal.indexOf(CLOSE) >= 0) {
			throw new IllegalArgumentException("A mark's end without its start after " + from);
		}
		return literal;
	}

	/**
	 * The markup with each slot's text, escaped (markup slots as they are). Sized once: a
	 * config full of quotes grows by a sixth when escaped, and growing a builder of a
	 * page's length copied it again and again (JFR).
	 */
	String fill(List<String> texts) {
		int length = 0;
		for (String literal : this.literals) {
			length += literal.length();
		}
		for (int slot : this.slots) {
			String text = texts.get(slot);
			length += (slot < this.escaped) ? HtmlText.escapedLength(text) : text.length();
		}
		StringBuilder markup = new StringBuilder(length);
		for (int i = 0; i < this.slots.length; i++) {
			markup.append(this.literals[i]);
			String text = texts.get(this.slots[i]);
			if (this.slots[i] < this.escaped) {
				HtmlText.escape(text, markup);
			}
			else {
				markup.append(text);
			}
		}
		return markup.append(this.literals[this.slots.length]).toString();
	}

}
