package dev.ucdhcp.web.doctor;

import java.util.ArrayList;
import java.util.List;

/**
 * The paste's lines, numbered from 1 as the doctor numbers them, for quoting the lines a
 * problem concerns: the line itself with one line either side, each cut at
 * {@link #MAX_QUOTED} characters so a one-line XML export cannot fill the page.
 */
final class PasteLines {

	static final int MAX_QUOTED = 200;

	/** One quoted line; {@code concerned} marks the line the problem is about. */
	public record Line(int number, String text, boolean concerned) {
	}

	private final List<String> lines;

	PasteLines(String paste) {
		this.lines = split(paste);
	}

	int count() {
		return this.lines.size();
	}

	List<Line> around(int number) {
		if (number < 1 || number > this.lines.size()) {
			return List.of();
		}
		List<Line> quote = new ArrayList<>(3);
		for (int n = Math.max(1, number - 1); n <= Math.min(this.lines.size(), number + 1); n++) {
			String text = this.lines.get(n - 1);
			quote.add(new Line(n, (text.length() > MAX_QUOTED) ? text.substring(0, MAX_QUOTED) + " …" : text,
					n == number));
		}
		return quote;
	}

	/** Splits at LF, CRLF or a lone CR, without a regular expression over 256 KiB. */
	private static List<String> split(String paste) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < paste.length(); i++) {
			char c = paste.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(paste.substring(start, i));
				if (c == '\r' && i + 1 < paste.length() && paste.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < paste.length()) {
			lines.add(paste.substring(start));
		}
		return lines;
	}

}
