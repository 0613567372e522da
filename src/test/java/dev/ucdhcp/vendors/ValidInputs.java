package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded, reproducible inputs that the validation accepts, leaning on the edges: labels
 * of 63 characters, names near 253, every character a path may hold (including the ones
 * that mean something to a shell, a .bat or a config parser), all-optional fields on or
 * off.
 */
final class ValidInputs {

	/** Every character {@code CertProvPath} accepts besides letters and digits. */
	static final String PATH_PUNCTUATION = "._~!$&()*+,=:@%/-";

	/** Paths a careless template would let break out of its quoting. */
	static final List<String> HOSTILE_PATHS = List.of("/%~1&echo(pwned)", "/*/x//y*/", "/%2F%0A%0D%22%27%23",
			"/$(Get-Date)$env:PATH", "/!x!&&!y!", "/a,b,c:d=e@f", "/%%%", "/+" + "a".repeat(120), "/");

	private static final String LDH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";

	private static final String PATH_CHARS = "abcXYZ019" + PATH_PUNCTUATION;

	private final Random random;

	ValidInputs(long seed) {
		this.random = new Random(seed);
	}

	/** {@code count} input maps, the same ones for the same seed. */
	List<Map<String, String>> next(int count) {
		List<Map<String, String>> all = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			all.add(next());
		}
		return all;
	}

	Map<String, String> next() {
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("pool", fqdn());
		maybe(inputs, "web", this::fqdn);
		maybe(inputs, "director", this::fqdn);
		maybe(inputs, "sba", this::fqdn);
		maybe(inputs, "port", () -> Integer.toString(1 + this.random.nextInt(65535)));
		maybe(inputs, "path", this::path);
		maybe(inputs, "scheme", () -> this.random.nextBoolean() ? "http" : "https");
		maybe(inputs, "scope", this::scope);
		maybe(inputs, "ntp", this::ntp);
		maybe(inputs, "vlan", () -> Integer.toString(1 + this.random.nextInt(4094)));
		return inputs;
	}

	private void maybe(Map<String, String> inputs, String name, Supplier<String> value) {
		if (this.random.nextBoolean()) {
			inputs.put(name, value.get());
		}
	}

	String fqdn() {
		int target = switch (this.random.nextInt(4)) {
			case 0 -> 4 + this.random.nextInt(20);
			case 1 -> 20 + this.random.nextInt(20);
			case 2 -> 40 + this.random.nextInt(100);
			default -> 200 + this.random.nextInt(54);
		};
		List<String> labels = new ArrayList<>();
		int length = -1;
		while (labels.size() < 2 || length < target) {
			int room = Math.min(63, 253 - length - 1);
			if (room < 1) {
				break;
			}
			int size = this.random.nextInt(4) == 0 ? room : 1 + this.random.nextInt(room);
			labels.add(label(size));
			length += size + 1;
		}
		String last = labels.get(labels.size() - 1);
		if (last.chars().allMatch(Character::isDigit)) {
			labels.set(labels.size() - 1, "x" + last.substring(1));
		}
		return String.join(".", labels);
	}

	private String label(int size) {
		StringBuilder label = new StringBuilder(size);
		for (int i = 0; i < size; i++) {
			char c = LDH.charAt(this.random.nextInt(LDH.length()));
			boolean edge = i == 0 || i == size - 1;
			label.append((edge && c == '-') ? 'q' : c);
		}
		return label.toString();
	}

	String path() {
		if (this.random.nextInt(3) == 0) {
			return HOSTILE_PATHS.get(this.random.nextInt(HOSTILE_PATHS.size()));
		}
		int size = this.random.nextInt(128);
		StringBuilder path = new StringBuilder("/");
		for (int i = 0; i < size; i++) {
			path.append(PATH_CHARS.charAt(this.random.nextInt(PATH_CHARS.length())));
		}
		return path.toString();
	}

	private String scope() {
		int prefix = 8 + this.random.nextInt(23);
		int mask = (int) (0xFFFFFFFFL << (32 - prefix));
		int bits = this.random.nextInt() & mask;
		return ((bits >>> 24) & 0xFF) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF)
				+ "/" + prefix;
	}

	private String ntp() {
		int count = 1 + this.random.nextInt(8);
		List<String> servers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			servers.add(this.random.nextInt(256) + "." + this.random.nextInt(256) + "." + this.random.nextInt(256) + "."
					+ this.random.nextInt(256));
		}
		return String.join(this.random.nextBoolean() ? "," : ", ", servers);
	}

}
