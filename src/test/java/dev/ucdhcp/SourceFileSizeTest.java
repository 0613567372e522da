package dev.ucdhcp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No main source file grows past what reads at once (issue 22: {@code ApplyCommand} had
 * reached 295 lines): a file that long wants splitting along its responsibilities.
 */
class SourceFileSizeTest {

	static final int MAX_LINES = 260;

	@Test
	void noMainJavaFileIsLongerThan260Lines() throws IOException {
		List<String> tooLong;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			tooLong = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> lines(file) > MAX_LINES)
				.map((file) -> file + " (" + lines(file) + " lines)")
				.toList();
		}
		assertThat(tooLong).as("main Java files over %d lines", MAX_LINES).isEmpty();
	}

	@Test
	void findsTheMainSources() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			assertThat(files.filter((file) -> file.toString().endsWith(".java")).count()).isGreaterThan(100);
		}
	}

	private static long lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

}
