package dev.ucdhcp.cli;

import java.util.Map;

import dev.ucdhcp.encoding.Permalink;
import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * The inputs in a permalink given as {@code --permalink}: the page's whole address as
 * copied, only its query, or the path form a Cisco file quotes ({@link Permalink} reads
 * it). They stay raw here; {@link ProvisioningInputs#parse} applies the web's rules to
 * them.
 */
public final class PermalinkInputs {

	private PermalinkInputs() {
	}

	/**
	 * @throws IllegalArgumentException for an unknown or repeated parameter, or a broken
	 * %-escape, with a message for the command line
	 */
	public static Map<String, String> of(String permalink) {
		try {
			return Permalink.read(permalink).inputs();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--permalink: " + ex.getMessage(), ex);
		}
	}

}
