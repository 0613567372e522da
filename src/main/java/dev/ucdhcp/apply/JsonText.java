package dev.ucdhcp.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Kea's JSON dialect in and a stable text out: Kea reads {@code //}, {@code #} and
 * {@code /* *}{@code /} comments, and a diff is only readable when the same configuration
 * always prints the same lines (keys sorted, two-space indent, one value per line).
 */
final class JsonText {

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
		.enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
		.build();

	private JsonText() {
	}

	/** Parses Kea-style JSON; comments are dropped. */
	static JsonNode parse(String text) {
		try {
			return MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/** Compact JSON for the wire. */
	static String compact(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/** One line per value, keys sorted, for diffs. */
	static List<String> lines(JsonNode node) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		write(node, 0, line, lines);
		lines.add(line.toString());
		return lines;
	}

	private static void write(JsonNode node, int depth, StringBuilder line, List<String> lines) {
		if (node.isObject() && !node.isEmpty()) {
			Map<String, JsonNode> sorted = new TreeMap<>();
			node.properties().forEach((property) -> sorted.put(property.getKey(), property.getValue()));
			line.append('{');
			int left = sorted.size();
			for (Map.Entry<String, JsonNode> property : sorted.entrySet()) {
				newLine(depth + 1, line, lines);
				line.append(MAPPER.writeValueAsString(NODES.stringNode(property.getKey()))).append(": ");
				write(property.getValue(), depth + 1, line, lines);
				line.append(--left > 0 ? "," : "");
			}
			newLine(depth, line, lines);
			line.append('}');
		}
		else if (node.isArray() && !node.isEmpty()) {
			line.append('[');
			for (int i = 0; i < node.size(); i++) {
				newLine(depth + 1, line, lines);
				write(node.get(i), depth + 1, line, lines);
				line.append(i + 1 < node.size() ? "," : "");
			}
			newLine(depth, line, lines);
			line.append(']');
		}
		else {
			line.append(MAPPER.writeValueAsString(node));
		}
	}

	private static void newLine(int depth, StringBuilder line, List<String> lines) {
		lines.add(line.toString());
		line.setLength(0);
		line.append("  ".repeat(depth));
	}

}
