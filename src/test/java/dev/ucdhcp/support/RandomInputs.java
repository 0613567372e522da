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

	private static final String SITE_CHARACTERS = LETTERS + "0123456789-";

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
		boolean poolByAddress = this.random.nextInt(5) == 0;
		raw.put("pool", poolByAddress ? addresses(8) : fqdn());
		if (poolByAddress) {
			raw.put("web", fqdn());
		}
		else {
			maybe(raw, "web", this::fqdn);
		}
		maybe(raw, "director", this::registrar);
		boolean manySites = this.random.nextInt(4) == 0;
		if (!manySites) {
			maybe(raw, "sba", this::registrar);
		}
		maybe(raw, "port", () -> Integer.toString(port()));
		maybe(raw, "path", this::path);
		maybe(raw, "scheme", () -> this.random.nextBoolean() ? "https" : "http");
		if (!manySites) {
			maybe(raw, "scope", () -> "10." + this.random.nextInt(256) + "." + this.random.nextInt(256) + ".0/24");
		}
		maybe(raw, "ntp",
				() -> "192.0.2." + (1 + this.random.nextInt(254)) + ",192.0.2." + (1 + this.random.nextInt(254)));
		maybe(raw, "vlan", () -> Integer.toString(1 + this.random.nextInt(4094)));
		if (manySites) {
			raw.put("sites", sites(1 + this.random.nextInt(6)));
		}
		else {
			maybe(raw, "site", this::siteName);
		}
		return raw;
	}

	/** An option 120 target as typed: mostly a name, sometimes 1 to 8 addresses. */
	public String registrar() {
		return (this.random.nextInt(4) == 0) ? addresses(8) : fqdn();
	}

	/** 1 to {@code max} IPv4 addresses, comma separated. */
	public String addresses(int max) {
		List<String> addresses = new ArrayList<>();
		int count = 1 + this.random.nextInt(max);
		for (int i = 0; i < count; i++) {
			addresses.add(this.random.nextInt(224) + "." + this.random.nextInt(256) + "." + this.random.nextInt(256)
					+ "." + (1 + this.random.nextInt(254)));
		}
		return String.join(",", addresses);
	}

	/** A valid site name: 1 to 20 of a-z 0-9 -, no hyphen at either end. */
	public String siteName() {
		int length = 1 + this.random.nextInt(20);
		if (length <= 2) {
			return text(LETTERS, length);
		}
		return text(LETTERS, 1) + text(SITE_CHARACTERS, length - 2) + text(LETTERS, 1);
	}

	/**
	 * {@code count} valid {@code sites} lines: unique names (a running number ends each),
	 * distinct /24 scopes, an SBA by name, by address or none.
	 */
	public String sites(int count) {
		List<String> lines = new ArrayList<>();
		int firstNetwork = this.random.nextInt(1000);
		for (int i = 0; i < count; i++) {
			String name = siteName();
			String suffix = "-" + i;
			name = name.substring(0, Math.min(name.length(), 20 - suffix.length())).replaceAll("-+$", "") + suffix;
			int network = firstNetwork + i;
			String line = name + ",10." + (network / 256) + "." + (network % 256) + ".0/24";
			line += switch (this.random.nextInt(3)) {
				case 0 -> "," + fqdn();
				case 1 -> "," + addresses(1);
				default -> "";
			};
			lines.add(line);
		}
		return String.join("\n", lines);
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
