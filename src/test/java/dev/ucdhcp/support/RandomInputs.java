package dev.ucdhcp.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reproducible generated inputs for property-style tests: the same seed gives the same
 * samples on every machine, so a failure names its seed and can be replayed.
 */
public final class RandomInputs {

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private static final String LDH = LETTERS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";

	private static final String PATH_CHARACTERS = "abcXYZ019._~-/";

	/**
	 * Characters that end a line, a quoted string or a comment in at least one target.
	 */
	public static final List<Character> HOSTILE = List.of('\n', '\r', '\t', '\0', ' ', '"', '\'', ';', '#', '\\', '!',
			'`', '$', '%', '{', '}', '<', '>', '&', '|', '_', '/', ',', '=', '\u2028', '\u00e9');

	private final Random random;

	public RandomInputs(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * {@code count} samples, each made by {@code sample} from one generator seeded with
	 * {@code seed}.
	 */
	public static <T> Stream<T> samples(long seed, int count, Function<RandomInputs, T> sample) {
		RandomInputs inputs = new RandomInputs(seed);
		return Stream.generate(() -> sample.apply(inputs)).limit(count);
	}

	/** A valid FQDN: 2 to 5 LDH labels, an alphabetic top label. */
	public String fqdn() {
		int labels = 1 + this.random.nextInt(4);
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < labels; i++) {
			parts.add(label(1 + this.random.nextInt(20)));
		}
		parts.add(text(LETTERS, 2 + this.random.nextInt(5)));
		return String.join(".", parts);
	}

	public String label(int length) {
		if (length <= 2) {
			return text(LETTERS, length);
		}
		return text(LETTERS, 1) + text(LDH, length - 2) + text(LETTERS, 1);
	}

	public int port() {
		return 1 + this.random.nextInt(65535);
	}

	public String path() {
		return "/" + text(PATH_CHARACTERS, this.random.nextInt(60));
	}

	public char hostile() {
		return HOSTILE.get(this.random.nextInt(HOSTILE.size()));
	}

	public int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	/**
	 * A full set of valid raw inputs in the contract's vocabulary, optional fields
	 * present at random.
	 */
	public Map<String, String> provisioningInputs() {
		Map<String, String> raw = new LinkedHashMap<>();
		raw.put("pool", fqdn());
		maybe(raw, "web", this::fqdn);
		maybe(raw, "director", this::fqdn);
		maybe(raw, "sba", this::fqdn);
		maybe(raw, "port", () -> Integer.toString(port()));
		maybe(raw, "path", this::path);
		maybe(raw, "scheme", () -> this.random.nextBoolean() ? "https" : "http");
		maybe(raw, "scope", () -> "10." + this.random.nextInt(256) + "." + this.random.nextInt(256) + ".0/24");
		maybe(raw, "ntp",
				() -> "192.0.2." + (1 + this.random.nextInt(254)) + ",192.0.2." + (1 + this.random.nextInt(254)));
		maybe(raw, "vlan", () -> Integer.toString(1 + this.random.nextInt(4094)));
		return raw;
	}

	private void maybe(Map<String, String> raw, String name, Supplier<String> value) {
		if (this.random.nextInt(3) == 0) {
			raw.put(name, value.get());
		}
	}

	private String text(String alphabet, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return out.toString();
	}

}
