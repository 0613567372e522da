package dev.ucdhcp.apply;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

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
	void printsExactlyWhatTheHandWrittenMyersPrintedForThousandsOfRandomEdits() {
		Random random = new Random(25_12);
		for (int i = 0; i < 5000; i++) {
			List<String> before = randomLines(random, random.nextInt(40));
			List<String> after = edited(random, before);

			assertThat(UnifiedDiff.of(before, after, "old", "new")).as("case %d: %s -> %s", i, before, after)
				.isEqualTo(HandWrittenMyers.of(before, after, "old", "new"));
		}
	}

	@Test
	void sixtyFourSitesOnAServerWith9600ReservationsDiffInA128MebibyteHeap() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), LargeServer.class.getName())
			.redirectErrorStream(true)
			.start();
		boolean ended = process.waitFor(120, TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly();
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(ended).as("ended within 120 s").isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		// one hunk per site's subnet, one for the option-def and one for the classes
		assertThat(output).as(output).contains("hunks=" + (LargeServer.SUBNETS + 2) + " ");
	}

	@Test
	void theLargeServersDiffAddsEachSitesOption120() {
		List<String> diff = LargeServer.diff();

		assertThat(diff.stream().filter((line) -> line.startsWith("+") && line.contains("\"ms-uc-sip-server\"")))
			.hasSize(LargeServer.SUBNETS + 1);
		assertThat(diff.stream().skip(2).filter((line) -> line.startsWith("-"))).as("removed lines").isEmpty();
	}

	private static List<String> randomLines(Random random, int count) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			lines.add(String.valueOf((char) ('a' + random.nextInt(5))));
		}
		return lines;
	}

	private static List<String> edited(Random random, List<String> before) {
		List<String> after = new ArrayList<>(before);
		for (int edits = random.nextInt(8); edits > 0; edits--) {
			int kind = random.nextInt(3);
			String line = String.valueOf((char) ('a' + random.nextInt(5)));
			if (kind == 0 || after.isEmpty()) {
				after.add(random.nextInt(after.size() + 1), line);
			}
			else if (kind == 1) {
				after.remove(random.nextInt(after.size()));
			}
			else {
				after.set(random.nextInt(after.size()), line);
			}
		}
		return after;
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
