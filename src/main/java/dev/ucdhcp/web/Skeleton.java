package dev.ucdhcp.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Markup rendered with numbered marks in place of texts ({@link #mark}), cut into the
 * literal markup between them and the number of each: filling it writes the literals and
 * each slot's text escaped as {@code th:text} would have written it. Escaping text
 * character by character commutes with joining texts, so a mark the template wrote inside
 * a longer text or attribute is filled correctly too.
 */
final class Skeleton {

	static final char OPEN = '\uE000';

	static final char CLOSE = '\uE001';

	private final String[] literals;

	private final int[] slots;

	private Skeleton(String[] literals, int[] slots) {
		this.literals = literals;
		this.slots = slots;
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
	 * The skeleton of markup rendered with marks, kept only when filling it with
	 * {@code texts} gives {@code rendered}, the same markup rendered with those texts;
	 * null when it does not, or when a mark is broken.
	 */
	static Skeleton checked(String marked, List<String> texts, String rendered) {
		try {
			Skeleton skeleton = parse(marked, texts.size());
			return skeleton.fill(texts).equals(rendered) ? skeleton : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The skeleton of markup rendered with marks for {@code slots} texts.
	 * @throws IllegalArgumentException when a mark is broken or out of range
	 */
	static Skeleton parse(String markup, int slots) {
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
		return new Skeleton(literals.toArray(String[]::new), numbers.stream().mapToInt(Integer::intValue).toArray());
	}

	private static String literal(String markup, int from, int to) {
		String literal = markup.substring(from, to);
		if (literal.indexOf(CLOSE) >= 0) {
			throw new IllegalArgumentException("A mark's end without its start after " + from);
		}
		return literal;
	}

	/** The markup with each slot's text, escaped. */
	String fill(List<String> texts) {
		int length = 0;
		for (String literal : this.literals) {
			length += literal.length();
		}
		for (int slot : this.slots) {
			length += texts.get(slot).length();
		}
		StringBuilder markup = new StringBuilder(length + length / 16);
		for (int i = 0; i < this.slots.length; i++) {
			markup.append(this.literals[i]);
			HtmlText.escape(texts.get(this.slots[i]), markup);
		}
		return markup.append(this.literals[this.slots.length]).toString();
	}

}
