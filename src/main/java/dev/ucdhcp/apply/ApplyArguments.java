package dev.ucdhcp.apply;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import dev.ucdhcp.cli.Values;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options of {@code apply kea} (a mixin of {@link ApplyCommand}): which server, where
 * its agent is, how to log in, and what to do. The web's inputs come from
 * {@code InputOptions}.
 */
final class ApplyArguments {

	static final int MAX_URL_LENGTH = 2048;

	static final int MAX_USER_LENGTH = 64;

	static final int MAX_TIMEOUT_SECONDS = 300;

	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	@Option(names = "--dry-run",
			description = "(default) config-get, merge, print the diff, config-test; changes nothing")
	private boolean dryRun;

	@Option(names = "--yes", description = "then config-set and config-write (to the file kea-dhcp4 was started with)")
	private boolean yes;

	@Option(names = "--rollback", description = "remove exactly the entries earlier applies added (takes the same"
			+ " inputs as the apply, or none); with --dry-run only show the diff and config-test it")
	private boolean rollback;

	private URI controlAgent;

	private String user;

	@Option(names = "--password-file", paramLabel = "FILE",
			description = "HTTP basic auth with --user: the file's first line is the password; the file must be"
					+ " closed to group and others (chmod 600)")
	private Path passwordFile;

	private Duration timeout = DEFAULT_TIMEOUT;

	@Spec(Spec.Target.MIXEE)
	private CommandSpec command;

	@Parameters(index = "0", paramLabel = "SERVER", description = "kea: the one server apply knows")
	void server(String name) {
		if (!RenderedKea.TARGET.equals(name)) {
			throw new IllegalArgumentException(
					"apply knows one server: kea (not " + name.replaceAll("[^\\x21-\\x7E]", "?") + ")");
		}
	}

	@Option(names = "--control-agent", paramLabel = "URL", required = true,
			description = "http:// or https:// (TLS checked against the JDK's trust store)")
	void controlAgent(String text) {
		this.controlAgent = url(text);
	}

	@Option(names = "--user", paramLabel = "NAME", description = "HTTP basic auth user, with --password-file")
	void user(String text) {
		if (text.isEmpty() || text.length() > MAX_USER_LENGTH || text.contains(":")
				|| text.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			throw new IllegalArgumentException("--user needs 1 to " + MAX_USER_LENGTH
					+ " characters without ':' or control characters (HTTP basic auth)");
		}
		this.user = text;
	}

	@Option(names = "--timeout", paramLabel = "SECONDS",
			description = "limit for each command's whole exchange (default 10, at most 300)")
	void timeout(String text) {
		this.timeout = Duration
			.ofSeconds(Values.wholeNumber("--timeout", text, 1, MAX_TIMEOUT_SECONDS, "whole seconds"));
	}

	/**
	 * The rules between options, checked once all are read.
	 * @param inputsGiven whether the web's inputs are given (flags or a permalink)
	 */
	void check(boolean inputsGiven) {
		if ((this.user == null) != (this.passwordFile == null)) {
			throw new ParameterException(this.command.commandLine(), "--user and --password-file go together");
		}
		if (this.dryRun && this.yes) {
			throw new ParameterException(this.command.commandLine(), "--dry-run and --yes exclude each other");
		}
		if (!this.rollback && !inputsGiven) {
			throw new ParameterException(this.command.commandLine(),
					"give the inputs: --pool FQDN … or --permalink 'URL'");
		}
	}

	boolean rollback() {
		return this.rollback;
	}

	/**
	 * Stop after the diff and config-test. An apply changes the server only when told to
	 * ({@code --yes}); a rollback is that order itself.
	 */
	boolean dryRun() {
		return this.rollback ? this.dryRun : !this.yes;
	}

	URI controlAgent() {
		return this.controlAgent;
	}

	Optional<String> user() {
		return Optional.ofNullable(this.user);
	}

	Optional<Path> passwordFile() {
		return Optional.ofNullable(this.passwordFile);
	}

	Duration timeout() {
		return this.timeout;
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

}
