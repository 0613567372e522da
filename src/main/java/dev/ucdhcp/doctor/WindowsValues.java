package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Windows DHCP option values by their type name (netsh {@code BINARY}, {@code STRING},
 * {@code WORD}, …; PowerShell {@code BinaryData}, {@code String}, …), and netsh's words.
 */
final class WindowsValues {

	private WindowsValues() {
	}

	static byte[] encode(String type, List<String> data) {
		String kind = type.toLowerCase(Locale.ROOT);
		List<byte[]> parts = new ArrayList<>();
		for (String value : data) {
			parts.add(switch (kind) {
				case "binary", "binarydata", "encapsulated", "encapsulateddata" ->
					HexText.digits(value).orElse(HexText.ascii(value));
				case "word" -> HexText.integer(IscValues.number(value), 2);
				case "byte" -> HexText.integer(IscValues.number(value), 1);
				case "dword" -> HexText.integer(IscValues.number(value) & 0xFFFFFFFFL, 4);
				case "ipaddress", "ipv4address" -> HexText.ipv4(value).orElse(new byte[0]);
				default -> HexText.ascii(value);
			});
		}
		return HexText.concat(parts.toArray(new byte[0][]));
	}

	/** {@code vendor=NAME} (any case, quoted or not) among the words. */
	static Optional<String> named(List<String> words, String key) {
		for (String word : words) {
			int equals = word.indexOf('=');
			if (equals > 0 && word.substring(0, equals).equalsIgnoreCase(key)) {
				return Optional.of(DnsmasqOption.unquoted(word.substring(equals + 1)));
			}
		}
		return Optional.empty();
	}

	/** Words separated by spaces, a double-quoted word kept whole without its quotes. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
				any = true;
			}
			else if (Character.isWhitespace(c) && !quoted) {
				if (any) {
					words.add(word.toString());
				}
				word.setLength(0);
				any = false;
			}
			else {
				word.append(c);
				any = true;
			}
		}
		if (any) {
			words.add(word.toString());
		}
		return words;
	}

	/**
	 * Windows keeps sub-options 1-5 as separate vendor-class options: each
	 * {@code "level|class"} key's TLVs, in code order, become one option 43 of that
	 * class, as Windows sends them. {@code network} turns a scope's id into its CIDR.
	 */
	static void assembleVendorOptions(Paste paste, Map<String, Map<Integer, byte[]>> subOptions,
			Map<String, Integer> firstLine, UnaryOperator<String> network) {
		for (Map.Entry<String, Map<Integer, byte[]>> entry : subOptions.entrySet()) {
			String[] key = entry.getKey().split("\\|", 2);
			byte[] tlv = HexText.concat(entry.getValue().values().toArray(new byte[0][]));
			Setting setting = Setting
				.of(43, Level.CLASS, key[0] + ", vendor class " + key[1], firstLine.get(entry.getKey()), tlv)
				.selectedBy(key[1]);
			paste.add(key[0].startsWith("scope ") ? setting.inNetwork(network.apply(key[0].substring(6))) : setting);
		}
	}

}
