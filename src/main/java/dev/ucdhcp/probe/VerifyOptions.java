package dev.ucdhcp.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.cli.PermalinkInputs;
import dev.ucdhcp.encoding.InvalidValueException;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * The flags that turn the probe into a rollout check, kept apart from the probe's own
 * flags so that they move to the shared command-line layer as one piece.
 *
 * @param inputs what ucdhcp should render, in the web's vocabulary; empty: no comparison
 * @param perSite run one probe per line of {@code sites} (from the centre, as a relay)
 * @param allReplies report every server that answers, not only the first
 * @param linkSelection ask as if the phone sat in this subnet
 * @param selectBy which selection the relayed request carries
 * @param follow resolve and connect to what the options point at, as the phone does
 * @param dns ask this DNS server instead of the system resolver
 * @param ca trust the certificates in this PEM file instead of the JDK's
 * @param json print one JSON document instead of text
 */
record VerifyOptions(Map<String, String> inputs, boolean perSite, boolean allReplies,
		Optional<Ipv4Network> linkSelection, SelectBy selectBy, boolean follow, Optional<InetAddress> dns,
		Optional<Path> ca, boolean json) {

	/** Room for 64 sites with long registrar names, percent-encoded. */
	static final int MAX_PERMALINK = 32768;

	static final VerifyOptions NONE = new VerifyOptions(Map.of(), false, false, Optional.empty(), SelectBy.BOTH, false,
			Optional.empty(), Optional.empty(), false);

	VerifyOptions {
		inputs = Map.copyOf(inputs);
	}

	/** RFC 3527 relay agent sub-option 5, RFC 3011 option 118, or both in one request. */
	enum SelectBy {

		RAI, OPTION_118, BOTH;

		static SelectBy parse(String text) {
			return switch (text) {
				case "82" -> RAI;
				case "118" -> OPTION_118;
				case "both" -> BOTH;
				default ->
					throw new IllegalArgumentException("--selection-by wants 82, 118 or both, not " + safe(text));
			};
		}

	}

	boolean expects() {
		return !this.inputs.isEmpty();
	}

	/**
	 * Whether the probe acts as a relay agent (from the centre) rather than as a phone.
	 */
	boolean relayed() {
		return this.perSite || this.linkSelection.isPresent();
	}

	static String safe(String text) {
		String shown = text.replaceAll("[^\\x20-\\x7E]", "?");
		return (shown.length() > 60) ? shown.substring(0, 60) + "…" : shown;
	}

	/**
	 * Collects the options as picocli reads them; {@link #build} applies the rules
	 * between them and the web's inputs.
	 */
	static final class Builder {

		private Optional<Map<String, String>> permalink = Optional.empty();

		private boolean perSite;

		private boolean allReplies;

		private Optional<Ipv4Network> linkSelection = Optional.empty();

		private SelectBy selectBy = SelectBy.BOTH;

		private boolean follow;

		private Optional<InetAddress> dns = Optional.empty();

		private Optional<Path> ca = Optional.empty();

		private boolean json;

		void expect(String value) {
			permalink(value, "--expect");
		}

		void allReplies(boolean all) {
			this.allReplies = all;
		}

		void linkSelection(String text) {
			this.linkSelection = Optional.of(network(text));
		}

		void selectBy(SelectBy selectBy) {
			this.selectBy = selectBy;
		}

		void follow(boolean follow) {
			this.follow = follow;
		}

		void dns(InetAddress server) {
			this.dns = Optional.of(server);
		}

		void ca(Path file) {
			this.ca = Optional.of(file);
		}

		void json(boolean json) {
			this.json = json;
		}

		/**
		 * The web's inputs as given: {@code --sites} with a sites permalink (the probe's
		 * own use of it) or with the lines beside {@code --pool}, or {@code --permalink},
		 * the same as {@code --expect}.
		 */
		private Map<String, String> inputs(Map<String, String> given, boolean permalinkGiven, boolean sitesGiven) {
			if (permalinkGiven) {
				setPermalink(given, "--permalink");
				return Map.of();
			}
			Map<String, String> flags = new LinkedHashMap<>(given);
			this.perSite = sitesGiven;
			String sites = flags.get(ProvisioningInputs.SITES);
			if (sitesGiven && sites.contains("=")) {
				flags.remove(ProvisioningInputs.SITES);
				permalink(sites, "--sites");
				if (!this.permalink.get().containsKey(ProvisioningInputs.SITES)) {
					throw new IllegalArgumentException("--sites: that permalink has no sites; copy it from the page"
							+ " with the Sites field filled in");
				}
			}
			return flags;
		}

		private void permalink(String value, String flag) {
			if (value.length() > MAX_PERMALINK) {
				throw new IllegalArgumentException(
						flag + " is " + value.length() + " characters; at most " + MAX_PERMALINK + " are read");
			}
			try {
				setPermalink(PermalinkInputs.of(value), flag);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(ex.getMessage().replace("--permalink", flag), ex);
			}
		}

		private void setPermalink(Map<String, String> inputs, String flag) {
			if (this.permalink.isPresent()) {
				throw new IllegalArgumentException(
						"give one permalink (--expect, --permalink or --sites), not two: " + flag + " is the second");
			}
			this.permalink = Optional.of(inputs);
		}

		/**
		 * @param given the web's inputs as given ({@code InputOptions#raw})
		 * @param serverGiven whether {@code --server} is given: a relay asks one server
		 */
		VerifyOptions build(Map<String, String> given, boolean permalinkGiven, boolean sitesGiven,
				boolean serverGiven) {
			Map<String, String> flags = inputs(given, permalinkGiven, sitesGiven);
			if (this.permalink.isPresent() && !flags.isEmpty()) {
				throw new IllegalArgumentException(
						"give the expected inputs either as a permalink or as flags such as --"
								+ flags.keySet().iterator().next() + ", not both");
			}
			if ((this.dns.isPresent() || this.ca.isPresent()) && !this.follow) {
				throw new IllegalArgumentException("--dns and --ca belong to --follow");
			}
			if (this.perSite && this.linkSelection.isPresent()) {
				throw new IllegalArgumentException("--sites selects each site's scope itself; drop --link-selection");
			}
			if ((this.perSite || this.linkSelection.isPresent()) && !serverGiven) {
				throw new IllegalArgumentException(
						"--link-selection and --sites relay to one server: give --server IP");
			}
			return new VerifyOptions(this.permalink.orElse(flags), this.perSite, this.allReplies, this.linkSelection,
					this.selectBy, this.follow, this.dns, this.ca, this.json);
		}

		private static Ipv4Network network(String text) {
			try {
				return Ipv4Network.parse(text);
			}
			catch (InvalidValueException ex) {
				throw new IllegalArgumentException("--link-selection " + safe(text) + ": " + ex.getMessage(), ex);
			}
		}

		static InetAddress ipv4(String flag, String text) {
			if (!text.matches("(\\d{1,3})(\\.\\d{1,3}){3}")) {
				throw new IllegalArgumentException(flag + " wants an IPv4 address like 192.0.2.1, not " + safe(text));
			}
			try {
				return InetAddress.getByName(text);
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException(flag + " " + text + " is not an IPv4 address", ex);
			}
		}

	}

}
