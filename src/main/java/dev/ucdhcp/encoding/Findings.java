package dev.ucdhcp.encoding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ucdhcp.encoding.DecodedOption.Finding;
import dev.ucdhcp.encoding.DecodedOption.Severity;

/**
 * The decoder's findings, each remembered with the bytes it is about, so that one mistake
 * repeated over a paste (a run of 00 bytes read as empty names) is reported once with its
 * range, not once per byte: "Bytes 12–511 (500 times): …". What is left is capped, errors
 * first, so no paste can make the report longer than a reader (or a response) can take.
 */
final class Findings {

	/** More than this many distinct findings are summarised in a last line. */
	static final int MAX_SHOWN = 40;

	private record Key(Severity severity, String message) {
	}

	private static final class Occurrences {

		private final int first;

		private int last;

		private int count;

		Occurrences(int first) {
			this.first = first;
		}

	}

	private final Map<Key, Occurrences> seen = new LinkedHashMap<>();

	void add(Severity severity, String message, int firstByte, int lastByte) {
		Occurrences occurrences = this.seen.computeIfAbsent(new Key(severity, message),
				(key) -> new Occurrences(firstByte));
		occurrences.last = Math.max(occurrences.last, lastByte);
		occurrences.count++;
	}

	/** Errors first, then warnings, then information; each message once. */
	List<Finding> merged() {
		List<Finding> merged = new ArrayList<>();
		this.seen.forEach((key, occurrences) -> merged.add(new Finding(key.severity(), text(key, occurrences))));
		merged.sort((a, b) -> a.severity().compareTo(b.severity()));
		if (merged.size() <= MAX_SHOWN) {
			return merged;
		}
		List<Finding> shown = new ArrayList<>(merged.subList(0, MAX_SHOWN));
		shown.add(new Finding(merged.get(MAX_SHOWN).severity(), String.format(Locale.ROOT,
				"… and %,d more findings like the ones above: fix those first.", merged.size() - MAX_SHOWN)));
		return shown;
	}

	private static String text(Key key, Occurrences occurrences) {
		if (occurrences.count == 1) {
			return key.message();
		}
		return String.format(Locale.ROOT, "Bytes %,d–%,d (%,d times): %s", occurrences.first, occurrences.last,
				occurrences.count, key.message());
	}

}
