package dev.ucdhcp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.ucdhcp.cli.Cli;
import dev.ucdhcp.encoding.ProvisioningInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every command of the jar shares, asked of each one as registered in
 * {@link Commands}: help, version, the error shape, the argument limit, the web's inputs
 * and the shell completion. A new command passes these without a line here.
 */
class CommandsTest {

	private static final List<String> NAMES = List.of("probe", "responder", "apply", "doctor");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	@Test
	void registersEveryCommandAndOnlyThoseStartWithoutTheWebApp() {
		assertThat(commandLine().getSubcommands()).containsKeys("probe", "responder", "apply", "doctor",
				"generate-completion");
		NAMES.forEach((name) -> assertThat(Commands.isCommand(name)).as(name).isTrue());
		assertThat(Commands.isCommand("generate-completion")).isTrue();
		assertThat(Commands.isCommand("--server.port=8089")).isFalse();
		assertThat(Commands.isCommand("doctorr")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "probe", "responder", "apply", "doctor", "generate-completion" })
	void everyCommandHasTheSameHelpAndVersion(String name) {
		assertThat(run(name, "--help")).isZero();
		assertThat(stdout()).startsWith("usage: java -jar ucdhcp.jar " + name).contains("-h, --help", "-V, --version");
		this.out.reset();

		assertThat(run(name, "-V")).isZero();
		assertThat(stdout()).matches("ucdhcp \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
		assertThat(stderr()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "probe", "responder", "apply", "doctor" })
	void everyCommandNamesAnUnknownFlagTheSameWayAndExitsTwo(String name) {
		assertThat(run(name, "--fast")).isEqualTo(Cli.USAGE_ERROR);

		assertThat(stderr()).startsWith(name + ": unknown argument --fast\nusage: java -jar ucdhcp.jar " + name)
			.endsWith("More: java -jar ucdhcp.jar " + name + " --help\n");
		assertThat(stdout()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "probe", "responder", "apply", "doctor" })
	void everyCommandSaysTheSameWhenAValueIsMissingOrGivenTwice(String name) {
		String flag = Map.of("probe", "--server", "doctor", "--format").getOrDefault(name, "--pool");
		String value = Map.of("probe", "192.0.2.1", "doctor", "isc").getOrDefault(name, "lync.schertz.local");

		assertThat(run(name, flag)).isEqualTo(Cli.USAGE_ERROR);
		assertThat(run(name, flag, value, flag, value)).isEqualTo(Cli.USAGE_ERROR);

		assertThat(stderr()).contains(name + ": " + flag + " needs a value\n",
				name + ": " + flag + " is given twice\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "probe", "responder", "apply", "doctor" })
	void everyCommandReadsArgumentsUpToTheSameLimit(String name) {
		String atLimit = "a".repeat(Cli.MAX_ARGUMENT_LENGTH);

		assertThat(run(name, "--bogus", atLimit)).isEqualTo(Cli.USAGE_ERROR);
		assertThat(stderr()).startsWith(name + ": unknown argument --bogus");
		this.err.reset();
		assertThat(run(name, "--bogus", atLimit + "a")).isEqualTo(Cli.USAGE_ERROR);
		assertThat(stderr()).startsWith(name + ": --bogus is longer than 65536 characters (65537)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "probe", "responder", "apply" })
	void theWebsInputsAreTheSameFlagsWherever(String name) {
		CommandLine command = commandLine().getSubcommands().get(name);

		ProvisioningInputs.NAMES
			.forEach((input) -> assertThat(command.getCommandSpec().findOption("--" + input)).as(input).isNotNull());
		assertThat(command.getCommandSpec().findOption("--permalink")).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "responder", "apply" })
	void badInputsAreNamedByTheirFlagAndEachBadSitesLineByItsNumber(String name) {
		int exit = run(name, "responder".equals(name) ? "--interface" : "kea",
				"responder".equals(name) ? "lo" : "--control-agent=http://127.0.0.1:1/", "--pool", "lync", "--sites",
				"berlin,10.20.30.0/24\nParis,10.20.40.0/24\nrome,10.20.30.0/25");

		assertThat(exit).isEqualTo(Cli.USAGE_ERROR);
		assertThat(stderr()).contains(name + ": --pool: ", name + ": --sites: Line 2", name + ": --sites: Line 3")
			.doesNotContain("usage:");
	}

	@Test
	void anArgumentStartingWithAtIsAValueNotAFileToRead() throws Exception {
		Path secret = Files.writeString(this.dir.resolve("secret"), "--pool lync.schertz.local\n");

		assertThat(run("apply", "kea", "--control-agent", "http://127.0.0.1:1/", "@" + secret))
			.isEqualTo(Cli.USAGE_ERROR);
		assertThat(stderr()).startsWith("apply: unknown argument @" + secret);
	}

	@Test
	void bashCompletesTheCommandsAndTheirFlags() throws Exception {
		assertThat(run("generate-completion")).isZero();
		Path script = Files.writeString(this.dir.resolve("ucdhcp_completion"), stdout());

		assertThat(complete(script, "ucdhcp ")).contains("probe", "responder", "apply", "doctor")
			.doesNotContain("generate-completion");
		assertThat(complete(script, "ucdhcp apply --p")).contains("--pool", "--port", "--path", "--permalink",
				"--password-file");
		// each command offers its own flags only (the probe takes the web's inputs too,
		// for --expect)
		assertThat(complete(script, "ucdhcp probe --")).contains("--inform", "--max-message-size", "--version")
			.doesNotContain("--password-file");
		assertThat(complete(script, "ucdhcp doctor --format ")).contains("netsh", "powershell", "winxml", "isc", "kea",
				"cisco", "mikrotik", "dnsmasq");
	}

	/** What bash offers for the words typed, through the generated script. */
	private String complete(Path script, String line) throws Exception {
		String words = line.endsWith(" ") ? line + "''" : line;
		Process bash = new ProcessBuilder("bash", "-c",
				"source " + script + " && COMP_LINE='" + line + "' && COMP_WORDS=(" + words
						+ ") && COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) && COMP_POINT=" + line.length()
						+ " && _complete_ucdhcp && printf '%s\\n' \"${COMPREPLY[@]}\"")
			.redirectErrorStream(true)
			.start();
		assertThat(bash.waitFor(20, TimeUnit.SECONDS)).as("bash finished").isTrue();
		String offered = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(bash.exitValue()).as(offered).isZero();
		return offered;
	}

	private CommandLine commandLine() {
		return Commands.commandLine(print(this.out), print(this.err));
	}

	private int run(String... args) {
		return Commands.execute(print(this.out), print(this.err), args);
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
