package dev.ucdhcp.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff apply printed until it used java-diff-utils, kept unchanged as the
 * oracle of {@code UnifiedDiffTest}: the library must print exactly what this printed.
 * Its memory grows with edits × lines (a copy of the frontier per round), so the oracle
 * only sees small inputs.
 */
final class HandWrittenMyers {

	private static final int CONTEXT = 3;

	private enum Kind {

		SAME(' '), REMOVED('-'), ADDED('+');

		private final char sign;

		Kind(char sign) {
			this.sign = sign;
		}

	}

	private record Edit(Kind kind, String line, int oldIndex, int newIndex) {
	}

	private HandWrittenMyers() {
	}

	/**
	 * The diff's lines, with {@code ---}/{@code +++} headers; empty when both are equal.
	 */
	static List<String> of(List<String> before, List<String> after, String beforeName, String afterName) {
		List<Edit> edits = edits(before, after);
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i < edits.size()) {
			int change = nextChange(edits, i);
			if (change == edits.size()) {
				break;
			}
			int start = Math.max(i, change - CONTEXT);
			int end = hunkEnd(edits, change);
			if (out.isEmpty()) {
				out.add("--- " + beforeName);
				out.add("+++ " + afterName);
			}
			hunk(edits.subList(start, end), out);
			i = end;
		}
		return out;
	}

	private static int nextChange(List<Edit> edits, int from) {
		int i = from;
		while (i < edits.size() && edits.get(i).kind() == Kind.SAME) {
			i++;
		}
		return i;
	}

	/** Changes closer than twice the context share one hunk. */
	private static int hunkEnd(List<Edit> edits, int change) {
		int end = change;
		while (true) {
			while (end < edits.size() && edits.get(end).kind() != Kind.SAME) {
				end++;
			}
			int next = nextChange(edits, end);
			if (next == edits.size() || next - end > 2 * CONTEXT) {
				return Math.min(edits.size(), end + CONTEXT);
			}
			end = next;
		}
	}

	private static void hunk(List<Edit> edits, List<String> out) {
		int oldStart = -1;
		int newStart = -1;
		int oldCount = 0;
		int newCount = 0;
		for (Edit edit : edits) {
			if (edit.kind() != Kind.ADDED) {
				oldStart = (oldStart < 0) ? edit.oldIndex() : oldStart;
				oldCount++;
			}
			if (edit.kind() != Kind.REMOVED) {
				newStart = (newStart < 0) ? edit.newIndex() : newStart;
				newCount++;
			}
		}
		out.add("@@ -" + range(oldStart, oldCount, edits.get(0).oldIndex()) + " +"
				+ range(newStart, newCount, edits.get(0).newIndex()) + " @@");
		edits.forEach((edit) -> out.add(edit.kind().sign + edit.line()));
	}

	/**
	 * GNU diff's ranges: 1-based start, count omitted when 1, start before the gap when
	 * 0.
	 */
	private static String range(int start, int count, int position) {
		if (count == 0) {
			return position + ",0";
		}
		return (count == 1) ? String.valueOf(start + 1) : (start + 1) + "," + count;
	}

	private static List<Edit> edits(List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int max = n + m;
		int offset = max + 1;
		int[] v = new int[2 * max + 3];
		List<int[]> trace = new ArrayList<>();
		for (int d = 0; d <= max; d++) {
			trace.add(v.clone());
			for (int k = -d; k <= d; k += 2) {
				int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
						: v[offset + k - 1] + 1;
				int y = x - k;
				while (x < n && y < m && a.get(x).equals(b.get(y))) {
					x++;
					y++;
				}
				v[offset + k] = x;
				if (x >= n && y >= m) {
					return backtrack(a, b, trace, offset);
				}
			}
		}
		throw new IllegalStateException("no edit script");
	}

	private static List<Edit> backtrack(List<String> a, List<String> b, List<int[]> trace, int offset) {
		List<Edit> reversed = new ArrayList<>();
		int x = a.size();
		int y = b.size();
		for (int d = trace.size() - 1; d >= 0; d--) {
			int[] v = trace.get(d);
			int k = x - y;
			int previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1;
			int previousX = (d == 0) ? 0 : v[offset + previousK];
			int previousY = (d == 0) ? 0 : previousX - previousK;
			while (x > previousX && y > previousY) {
				x--;
				y--;
				reversed.add(new Edit(Kind.SAME, a.get(x), x, y));
			}
			if (d > 0) {
				if (x == previousX) {
					reversed.add(new Edit(Kind.ADDED, b.get(previousY), x, previousY));
				}
				else {
					reversed.add(new Edit(Kind.REMOVED, a.get(previousX), previousX, y));
				}
			}
			x = previousX;
			y = previousY;
		}
		List<Edit> edits = new ArrayList<>(reversed.size());
		for (int i = reversed.size() - 1; i >= 0; i--) {
			edits.add(reversed.get(i));
		}
		return edits;
	}

}
