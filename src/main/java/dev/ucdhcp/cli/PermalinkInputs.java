package dev.ucdhcp.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * The inputs in a permalink given as {@code --permalink}: the page's whole address as
 * copied, or only its query. They stay raw here; {@link ProvisioningInputs#parse} applies
 * the web's rules to them.
 */
public final class PermalinkInputs {

	/**
	 * Parameters the page writes that are not inputs: which target, which topology tab.
	 */
	private static final Set<String> PAGE_ONLY = Set.of("vendor", "topology");

	private PermalinkInputs() {
	}

	/**
	 * @throws IllegalArgumentException for an unknown or repeated parameter, or a broken
	 * %-escape, with a message for the command line
	 */
	public static Map<String, String> of(String permalink) {
		String query = permalink.strip();
		int fragment = query.indexOf('#');
		query = (fragment >= 0) ? query.substring(0, fragment) : query;
		int mark = query.indexOf('?');
		query = (mark >= 0) ? query.substring(mark + 1) : query;
		Map<String, String> inputs = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = decode((equals >= 0) ? pair.substring(equals + 1) : "");
			if (PAGE_ONLY.contains(name)) {
				continue;
			}
			if (!ProvisioningInputs.NAMES.contains(name)) {
				throw new IllegalArgumentException(
						"--permalink: unknown input \"" + name.replaceAll("[^\\x21-\\x7E]", "?")
								+ "\"; the page's inputs are " + String.join(", ", ProvisioningInputs.NAMES));
			}
			if (inputs.put(name, value) != null) {
				throw new IllegalArgumentException("--permalink: " + name + " is given twice");
			}
		}
		return inputs;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--permalink: a %-escape is broken; copy the link again", ex);
		}
	}

}
