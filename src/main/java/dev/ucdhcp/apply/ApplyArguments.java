package dev.ucdhcp.apply;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.cli.PermalinkInputs;
import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * The command line of {@code apply kea}: where the agent is, how to log in, what to do,
 * and the inputs (flags named like the web's fields, or one permalink).
 */
record ApplyArguments(boolean help, boolean rollback, boolean dryRun, URI controlAgent, Optional<String> user,
		Optional<Path> passwordFile, Duration timeout, Map<String, String> inputs) {

	/** The longest argument read: a permalink with many sites still fits. */
	static final int MAX_ARGUMENT_LENGTH = 65536;

	static final int MAX_URL_LENGTH = 2048;

	static final int MAX_USER_LENGTH = 64;

	static final int MAX_TIMEOUT_SECONDS = 300;

	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	static ApplyArguments parse(String[] args) {
		Parser parser = new Parser();
		for (String arg : args) {
			if (arg.length() > MAX_ARGUMENT_LENGTH) {
				throw new IllegalArgumentException("an argument is longer than " + MAX_ARGUMENT_LENGTH + " characters");
			}
		}
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (i == 0 && !arg.startsWith("--")) {
				parser.server(arg);
				continue;
			}
			boolean takesValue = parser.takesValue(arg);
			if (takesValue && i + 1 >= args.length) {
				throw new IllegalArgumentException(arg + " needs a value");
			}
			parser.option(arg, takesValue ? args[++i] : null);
		}
		return parser.build();
	}

	private static final class Parser {

		private boolean help;

		private boolean server;

		private boolean rollback;

		private boolean dryRun;

		private boolean yes;

		private URI controlAgent;

		private String user;

		private Path passwordFile;

		private Duration timeout;

		private String permalink;

		private final Map<String, String> inputs = new LinkedHashMap<>();

		void server(String name) {
			if (!RenderedKea.TARGET.equals(name)) {
				throw new IllegalArgumentException("apply knows one server: kea (not " + name + ")");
			}
			this.server = true;
		}

		boolean takesValue(String option) {
			return !(option.equals("--help") || option.equals("-h") || option.equals("--dry-run")
					|| option.equals("--yes") || option.equals("--rollback"));
		}

		void option(String option, String value) {
			switch (option) {
				case "--help", "-h" -> this.help = true;
				case "--dry-run" -> this.dryRun = true;
				case "--yes" -> this.yes = true;
				case "--rollback" -> this.rollback = true;
				case "--control-agent" -> this.controlAgent = once(this.controlAgent, option, url(value));
				case "--user" -> this.user = once(this.user, option, user(value));
				case "--password-file" -> this.passwordFile = once(this.passwordFile, option, Path.of(value));
				case "--timeout" -> this.timeout = once(this.timeout, option, timeout(value));
				case "--permalink" -> this.permalink = once(this.permalink, option, value);
				default -> input(option, value);
			}
		}

		private void input(String option, String value) {
			String name = option.startsWith("--") ? option.substring(2) : option;
			if (!ProvisioningInputs.NAMES.contains(name)) {
				throw new IllegalArgumentException("unknown option " + option);
			}
			if (this.inputs.put(name, value) != null) {
				throw new IllegalArgumentException(option + " is given twice");
			}
		}

		private static <T> T once(T previous, String option, T value) {
			if (previous != null) {
				throw new IllegalArgumentException(option + " is given twice");
			}
			return value;
		}

		ApplyArguments build() {
			if (this.help) {
				return new ApplyArguments(true, false, true, null, Optional.empty(), Optional.empty(), DEFAULT_TIMEOUT,
						Map.of());
			}
			if (!this.server) {
				throw new IllegalArgumentException("name the server: apply kea --control-agent URL …");
			}
			if (this.controlAgent == null) {
				throw new IllegalArgumentException(
						"--control-agent URL is required, e.g. --control-agent http://127.0.0.1:8000/");
			}
			if ((this.user == null) != (this.passwordFile == null)) {
				throw new IllegalArgumentException("--user and --password-file go together");
			}
			if (this.dryRun && this.yes) {
				throw new IllegalArgumentException("--dry-run and --yes exclude each other");
			}
			// an apply changes the server only when told to; a rollback is that order
			// itself
			boolean preview = this.rollback ? this.dryRun : !this.yes;
			return new ApplyArguments(false, this.rollback, preview, this.controlAgent, Optional.ofNullable(this.user),
					Optional.ofNullable(this.passwordFile), (this.timeout == null) ? DEFAULT_TIMEOUT : this.timeout,
					inputs());
		}

		private Map<String, String> inputs() {
			if (this.permalink != null && !this.inputs.isEmpty()) {
				throw new IllegalArgumentException("give the inputs as flags or as one --permalink, not both");
			}
			Map<String, String> raw = (this.permalink != null) ? PermalinkInputs.of(this.permalink) : this.inputs;
			if (this.rollback && !raw.isEmpty()) {
				throw new IllegalArgumentException(
						"--rollback removes everything earlier applies added and takes no inputs");
			}
			if (!this.rollback && raw.isEmpty()) {
				throw new IllegalArgumentException("give the inputs: --pool FQDN … or --permalink 'URL'");
			}
			return Map.copyOf(raw);
		}

	}

	private static URI url(String text) {
		if (text.length() > MAX_URL_LENGTH) {
			throw new IllegalArgumentException("--control-agent is longer than " + MAX_URL_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("--control-agent is not a URL: " + ex.getMessage(), ex);
		}
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
			throw new IllegalArgumentException(
					"--control-agent needs an http:// or https:// URL with a host, e.g. http://127.0.0.1:8000/");
		}
		if (uri.getRawUserInfo() != null) {
			// a password in the URL would end up in shell history and in our own output
			throw new IllegalArgumentException(
					"--control-agent must not carry a user or password: use --user and --password-file");
		}
		return uri;
	}

	private static String user(String text) {
		if (text.isEmpty() || text.length() > MAX_USER_LENGTH || text.contains(":")
				|| text.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			throw new IllegalArgumentException("--user needs 1 to " + MAX_USER_LENGTH
					+ " characters without ':' or control characters (HTTP basic auth)");
		}
		return text;
	}

	private static Duration timeout(String text) {
		if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_TIMEOUT_SECONDS) {
			throw new IllegalArgumentException("--timeout takes 1 to " + MAX_TIMEOUT_SECONDS + " seconds");
		}
		return Duration.ofSeconds(Integer.parseInt(text));
	}

}
