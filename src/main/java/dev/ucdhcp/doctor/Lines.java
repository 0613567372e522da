package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.List;

/**
 * A paste cut into lines (LF, CRLF or CR), numbered from 1, at most
 * {@link Limits#MAX_LINES}.
 */
final class Lines {

	private Lines() {
	}

	static List<String> of(String paste) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		int length = paste.length();
		for (int i = 0; i < length; i++) {
			char c = paste.charAt(i);
			if (c == '\n' || c == '\r') {
				add(lines, paste.substring(start, i));
				if (c == '\r' && i + 1 < length && paste.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < length) {
			add(lines, paste.substring(start));
		}
		return lines;
	}

	/** The 1-based line of a character offset. */
	static int lineOf(String paste, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < paste.length(); i++) {
			char c = paste.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= paste.length() || paste.charAt(i + 1) != '\n'))) {
				line++;
			}
		}
		return line;
	}

	private static void add(List<String> lines, String line) {
		if (lines.size() >= Limits.MAX_LINES) {
			throw Limits.exceeded("lines", Limits.MAX_LINES);
		}
		lines.add(line);
	}

}
