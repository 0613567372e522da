package dev.ucdhcp.web.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.ucdhcp.cli.Cli;
import dev.ucdhcp.cli.SharedOptions;
import dev.ucdhcp.cli.Values;
import dev.ucdhcp.doctor.PasteFormat;
import dev.ucdhcp.doctor.UnreadablePasteException;
import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.ConfigRenderer;
import dev.ucdhcp.web.Permalinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar ucdhcp.jar doctor [--format F] [--json] FILE|-}: the page's diagnosis
 * on the command line, for a config repository's CI or a quick look on the server. Runs
 * without Spring: the corrected config comes from the same renderer, constructed here.
 * The one class of {@code web} on the command-line layer ({@code ArchitectureTest}).
 */
@Command(name = "doctor",
		description = "Reads a DHCP server's configuration (at most 256 KiB; - reads standard input) and says why Lync"
				+ " / Skype for Business phones do not sign in: each problem with the line it concerns and its fix,"
				+ " the option 120 and 43 values found, and the corrected config.",
		footer = { "The corrected config's permalink starts with UCDHCP_BASE_URL", "(default http://localhost:8080).",
				"Exit: 0 healthy, 1 problems found (or nothing about phones found to judge),",
				"2 usage error or unreadable input (no such file, over 256 KiB, format not told)." })
public final class DoctorCommand implements Callable<Integer>, Cli.Checked {

	public static final int HEALTHY = 0;

	public static final int PROBLEMS = 1;

	public static final int UNREADABLE = Cli.USAGE_ERROR;

	@Mixin
	private SharedOptions shared;

	@Spec
	private CommandSpec command;

	private Optional<PasteFormat> format = Optional.empty();

	@Option(names = "--json", description = "print the JSON of POST /api/v1/doctor instead of text")
	private boolean json;

	// optional to picocli only so that check() can say what is missing in the words the
	// command always used; shown as required (no brackets)
	@Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", hideParamSyntax = true,
			description = "the configuration to read; - reads standard input")
	private String file;

	private final InputStream in;

	private final PrintStream out;

	private final PrintStream err;

	private final String baseUrl;

	/** As {@code java -jar ucdhcp.jar doctor} runs: standard input, UCDHCP_BASE_URL. */
	public DoctorCommand(PrintStream out, PrintStream err) {
		this(System.in, out, err, System.getenv("UCDHCP_BASE_URL"));
	}

	DoctorCommand(InputStream in, PrintStream out, PrintStream err, String baseUrl) {
		this.in = in;
		this.out = out;
		this.err = err;
		this.baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
	}

	int run(String... args) {
		return Cli.run(this, this.out, this.err, args);
	}

	@Option(names = "--format", paramLabel = "F", completionCandidates = Formats.class,
			description = "read it as ${COMPLETION-CANDIDATES} (default: detected from the first lines it knows)")
	void format(String name) {
		this.format = Optional.of(PasteFormat.of(name)
			.orElseThrow(() -> new IllegalArgumentException(
					"--format: one of " + String.join(", ", PasteFormat.ids()) + ", not " + Values.shown(name))));
	}

	@Override
	public void check() {
		if (this.file == null) {
			throw new ParameterException(this.command.commandLine(), "FILE missing (or - for standard input)");
		}
	}

	@Override
	public Integer call() {
		try {
			String paste = read(this.file);
			Permalinks permalinks = new Permalinks(this.baseUrl);
			DoctorRun run = DoctorRun.of(paste, this.format, new ConfigRenderer(new TargetRegistry(), permalinks),
					permalinks);
			print(paste, run);
			return run.diagnosis().healthy().orElse(false) ? HEALTHY : PROBLEMS;
		}
		catch (IOException ex) {
			this.err.println("doctor: cannot read " + this.file + ": " + ex.getClass().getSimpleName());
			return UNREADABLE;
		}
		catch (UnreadablePasteException | DoctorRun.Failed ex) {
			this.err.println("doctor: " + ex.getMessage());
			return UNREADABLE;
		}
	}

	private String read(String file) throws IOException {
		if ("-".equals(file)) {
			return PasteText.read(this.in);
		}
		try (InputStream stream = Files.newInputStream(Path.of(file))) {
			return PasteText.read(stream);
		}
	}

	private void print(String paste, DoctorRun run) {
		if (this.json) {
			this.out.println(JsonMapper.builder()
				.build()
				.writeValueAsString(DoctorResponse.of(run.diagnosis(), run.corrected())));
		}
		else {
			this.out.print(DoctorText.of(this.file, run, new PasteLines(paste)));
		}
	}

	/** The formats {@code --format} takes, for its help and the shell completion. */
	static final class Formats extends ArrayList<String> {

		private static final long serialVersionUID = 1L;

		Formats() {
			super(PasteFormat.ids());
		}

	}

}
