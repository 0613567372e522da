package dev.ucdhcp.doctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The doctor's own corpus: {@code src/test/resources/doctor/<format>/<case>.<ext>} with
 * {@code <case>.expect} beside it, {@code key=value} lines: {@code codes} (every code the
 * paste must get, none other), {@code healthy}, {@code option120} and {@code option43}
 * (extracted hex in order), {@code wire120} and {@code wire43} ({@code -} for no wire
 * column), {@code loads} (the daemon must accept the file: checked by the IT).
 */
public final class Corpus {

	public static final Path ROOT = Path.of("src", "test", "resources", "doctor");

	private Corpus() {
	}

	public record Case(PasteFormat format, String name, Path paste, Map<String, String> expect) {

		public String text() {
			try {
				return Files.readString(this.paste, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		public List<String> list(String key) {
			String value = this.expect.getOrDefault(key, "").strip();
			return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
		}

		public boolean loads() {
			return "true".equals(this.expect.get("loads"));
		}

		@Override
		public String toString() {
			return this.format.id() + "/" + this.name;
		}

	}

	public static List<Case> all() {
		List<Case> cases = new ArrayList<>();
		for (PasteFormat format : PasteFormat.values()) {
			Path dir = ROOT.resolve(format.id());
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.list(dir)) {
				files.filter((file) -> file.getFileName().toString().endsWith(".expect"))
					.sorted()
					.forEach((expect) -> cases.add(load(format, expect)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return cases;
	}

	private static Case load(PasteFormat format, Path expect) {
		String name = expect.getFileName().toString().replaceFirst("\\.expect$", "");
		try (Stream<Path> siblings = Files.list(expect.getParent())) {
			Optional<Path> paste = siblings
				.filter((file) -> file.getFileName().toString().startsWith(name + ".") && !file.equals(expect))
				.findFirst();
			Map<String, String> values = new LinkedHashMap<>();
			for (String line : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
				int equals = line.indexOf('=');
				if (equals > 0 && !line.startsWith("#")) {
					values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
				}
			}
			return new Case(format, name, paste.orElseThrow(() -> new IllegalStateException("no paste for " + expect)),
					values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
