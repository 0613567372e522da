package dev.ucdhcp.apply;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Whether a server's entry already says what ucdhcp writes. config-get returns every
 * default filled in (code, space, always-send, array, …), so only the keys ucdhcp writes
 * are compared; extra keys on the server are its own business. Hex data compares without
 * separators or case, as Kea reads it.
 */
final class Difference {

	/**
	 * What Kea assumes for a key left out, so an admin's hand-written entry without them
	 * still counts as the same.
	 */
	private static final Map<String, JsonNode> KEA_DEFAULTS = Map.of("space", JsonText.NODES.stringNode("dhcp4"),
			"csv-format", JsonText.NODES.booleanNode(true), "always-send", JsonText.NODES.booleanNode(false), "array",
			JsonText.NODES.booleanNode(false), "encapsulate", JsonText.NODES.stringNode(""), "record-types",
			JsonText.NODES.stringNode(""));

	private Difference() {
	}

	/** Empty when {@code present} covers {@code wanted}, else the first difference. */
	static Optional<String> between(JsonNode present, JsonNode wanted) {
		return between(present, wanted, "", false);
	}

	private static Optional<String> between(JsonNode present, JsonNode wanted, String path, boolean hexData) {
		if (wanted.isObject()) {
			if (!present.isObject()) {
				return Optional.of(differs(path, present, wanted));
			}
			boolean binary = !wanted.path("csv-format").asBoolean(true);
			for (Map.Entry<String, JsonNode> property : wanted.properties()) {
				String key = property.getKey();
				if ("user-context".equals(key)) {
					continue;
				}
				String at = path.isEmpty() ? key : path + "." + key;
				if (!present.has(key) && property.getValue().equals(KEA_DEFAULTS.get(key))) {
					continue;
				}
				if (!present.has(key)) {
					return Optional.of(at + ": missing on the server, ucdhcp writes " + property.getValue());
				}
				Optional<String> difference = between(present.get(key), property.getValue(), at,
						binary && "data".equals(key));
				if (difference.isPresent()) {
					return difference;
				}
			}
			return Optional.empty();
		}
		if (wanted.isArray()) {
			return array(present, wanted, path);
		}
		return scalar(present, wanted, hexData) ? Optional.empty() : Optional.of(differs(path, present, wanted));
	}

	private static Optional<String> array(JsonNode present, JsonNode wanted, String path) {
		if (!present.isArray()) {
			return Optional.of(differs(path, present, wanted));
		}
		for (JsonNode element : wanted) {
			boolean found = false;
			for (JsonNode candidate : present) {
				found = found || between(candidate, element, path, false).isEmpty();
			}
			if (!found) {
				return Optional.of(path + ": the server has no entry " + element);
			}
		}
		return Optional.empty();
	}

	private static boolean scalar(JsonNode present, JsonNode wanted, boolean hexData) {
		if (present.isNumber() && wanted.isNumber()) {
			return present.decimalValue().compareTo(wanted.decimalValue()) == 0;
		}
		if (present.isString() && wanted.isString()) {
			return normal(present.stringValue(), hexData).equals(normal(wanted.stringValue(), hexData));
		}
		return present.equals(wanted);
	}

	/** Kea reads hex with or without colons, spaces or 0x, in any case. */
	private static String normal(String text, boolean hexData) {
		if (!hexData) {
			return text;
		}
		String compact = text.replaceAll("[\\s:]", "");
		if (compact.startsWith("0x") || compact.startsWith("0X")) {
			compact = compact.substring(2);
		}
		return compact.toUpperCase(Locale.ROOT);
	}

	private static String differs(String path, JsonNode present, JsonNode wanted) {
		return path + ": the server has " + present + ", ucdhcp writes " + wanted;
	}

}
