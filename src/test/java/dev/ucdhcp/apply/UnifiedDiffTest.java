package dev.ucdhcp.apply;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff reads like GNU {@code diff -u} (expected output taken from it). */
class UnifiedDiffTest {

	private static final List<String> LETTERS = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
			"n");

	@Test
	void twoHunksWithThreeLinesOfContextLikeGnuDiff() {
		List<String> after = List.of("a", "b", "X", "c", "d", "e", "f", "g", "h", "i", "j", "k", "m", "n", "Y");

		assertThat(UnifiedDiff.of(LETTERS, after, "old", "new")).containsExactly("--- old", "+++ new",
				"@@ -1,5 +1,6 @@", " a", " b", "+X", " c", " d", " e", "@@ -9,6 +10,6 @@", " i", " j", " k", "-l", " m",
				" n", "+Y");
	}

	@Test
	void everythingAddedToAnEmptyFile() {
		List<String> diff = UnifiedDiff.of(List.of(), LETTERS, "old", "new");

		assertThat(diff.subList(0, 5)).containsExactly("--- old", "+++ new", "@@ -0,0 +1,14 @@", "+a", "+b");
		assertThat(diff).hasSize(3 + 14);
	}

	@Test
	void oneLineLeftOmitsItsCount() {
		assertThat(UnifiedDiff.of(List.of("a", "b"), List.of("b"), "old", "new")).containsExactly("--- old", "+++ new",
				"@@ -1,2 +1 @@", "-a", " b");
	}

	@Test
	void equalTextsGiveNoDiff() {
		assertThat(UnifiedDiff.of(LETTERS, LETTERS, "old", "new")).isEmpty();
	}

	@Test
	void aLongConfigurationWithOneChangeGivesOneSmallHunk() {
		List<String> before = new ArrayList<>();
		for (int i = 0; i < 20000; i++) {
			before.add("line " + i);
		}
		List<String> after = new ArrayList<>(before);
		after.add(10000, "inserted");

		assertThat(UnifiedDiff.of(before, after, "old", "new")).containsExactly("--- old", "+++ new",
				"@@ -9998,6 +9998,7 @@", " line 9997", " line 9998", " line 9999", "+inserted", " line 10000",
				" line 10001", " line 10002");
	}

	@Test
	void jsonLinesAreStableWhateverTheKeyOrder() {
		ObjectNode one = JsonText.NODES.objectNode();
		one.put("b", 1).put("a", "x").putArray("c").add(true);
		ObjectNode two = JsonText.NODES.objectNode();
		two.putArray("c").add(true);
		two.put("a", "x").put("b", 1);
		two.putArray("d");

		assertThat(JsonText.lines(one)).containsExactly("{", "  \"a\": \"x\",", "  \"b\": 1,", "  \"c\": [", "    true",
				"  ]", "}");
		assertThat(JsonText.lines(two)).containsExactly("{", "  \"a\": \"x\",", "  \"b\": 1,", "  \"c\": [", "    true",
				"  ],", "  \"d\": []", "}");
	}

}
