package dev.ucdhcp.apply;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * A unified diff of two line lists in GNU {@code diff -u}'s format (3 lines of context).
 * The shortest edit script comes from java-diff-utils' Myers, which keeps only the paths
 * still alive: a copy of the whole frontier per round (the hand-written Myers before it)
 * needed memory for edits × lines, and 64 sites on a server with 9,600 reservations ran
 * out of a 512 MiB heap. Only the hunks are written here: the library's own writer spells
 * an empty or one-line range differently from GNU diff ({@code -1,0} for {@code -0,0},
 * {@code +1,1} for {@code +1}).
 */
final class UnifiedDiff {

	private static final int CONTEXT = 3;

	private UnifiedDiff() {
	}

	/**
	 * The diff's lines, with {@code ---}/{@code +++} headers; empty when both are equal.
	 */
	static List<String> of(List<String> before, List<String> after, String beforeName, String afterName) {
		List<AbstractDelta<String>> deltas = DiffUtils.diff(before, after).getDeltas();
		List<String> out = new ArrayList<>();
		int first = 0;
		while (first < deltas.size()) {
			int last = first;
			// changes closer than twice the context share one hunk
			while (last + 1 < deltas.size() && gap(deltas.get(last), deltas.get(last + 1)) <= 2 * CONTEXT) {
				last++;
			}
			if (out.isEmpty()) {
				out.add("--- " + beforeName);
				out.add("+++ " + afterName);
			}
			hunk(before, deltas.subList(first, last + 1), out);
			first = last + 1;
		}
		return out;
	}

	private static int gap(AbstractDelta<String> one, AbstractDelta<String> next) {
		return next.getSource().getPosition() - end(one.getSource());
	}

	private static int end(Chunk<String> chunk) {
		return chunk.getPosition() + chunk.size();
	}

	private static void hunk(List<String> before, List<AbstractDelta<String>> deltas, List<String> out) {
		AbstractDelta<String> first = deltas.get(0);
		int oldStart = Math.max(0, first.getSource().getPosition() - CONTEXT);
		int oldEnd = Math.min(before.size(), end(deltas.get(deltas.size() - 1).getSource()) + CONTEXT);
		int newStart = first.getTarget().getPosition() - (first.getSource().getPosition() - oldStart);
		int newCount = oldEnd - oldStart;
		for (AbstractDelta<String> delta : deltas) {
			newCount += delta.getTarget().size() - delta.getSource().size();
		}
		out.add("@@ -" + range(oldStart, oldEnd - oldStart) + " +" + range(newStart, newCount) + " @@");
		int line = oldStart;
		for (AbstractDelta<String> delta : deltas) {
			context(before, line, delta.getSource().getPosition(), out);
			delta.getSource().getLines().forEach((removed) -> out.add("-" + removed));
			delta.getTarget().getLines().forEach((added) -> out.add("+" + added));
			line = end(delta.getSource());
		}
		context(before, line, oldEnd, out);
	}

	private static void context(List<String> before, int from, int to, List<String> out) {
		before.subList(from, to).forEach((same) -> out.add(" " + same));
	}

	/**
	 * GNU diff's ranges: 1-based start, count omitted when 1; an empty range names the
	 * line before the gap.
	 */
	private static String range(int start, int count) {
		if (count == 0) {
			return start + ",0";
		}
		return (count == 1) ? String.valueOf(start + 1) : (start + 1) + "," + count;
	}

}
