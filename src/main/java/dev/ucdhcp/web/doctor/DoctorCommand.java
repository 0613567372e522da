package dev.ucdhcp.web.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.ucdhcp.doctor.PasteFormat;
import dev.ucdhcp.doctor.UnreadablePasteException;
import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.ConfigRenderer;
import dev.ucdhcp.web.Permalinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar ucdhcp.jar doctor [--format F] [--json] FILE|-}: the page's diagnosis
 * on the command line, for a config repository's CI or a quick look on the server. Runs
 * without Spring: the corrected config comes from the same renderer, constructed here.
 */
public final class DoctorCommand {

	public static final int HEALTHY = 0;

	public static final int PROBLEMS = 1;

	public static final int UNREADABLE = 2;

	static final String USAGE = """
			usage: java -jar ucdhcp.jar doctor [--format F] [--json] FILE|-
			  Reads a DHCP server's configuration (at most 256 KiB; - reads standard input) and says
			  why Lync / Skype for Business phones do not sign in: each problem with the line it
			  concerns and its fix, the option 120 and 43 values found, and the corrected config.
			  --format F  read it as netsh, powershell, winxml, isc, kea, cisco, mikrotik or dnsmasq
			              (default: detected from the first lines it knows)
			  --json      print the JSON of POST /api/v1/doctor instead of text
			The corrected config's permalink starts with UCDHCP_BASE_URL (default http://localhost:8080).
			Exit: 0 healthy, 1 problems found (or nothing about phones found to judge),
			2 usage error or unreadable input (no such file, over 256 KiB, format not told).
			""";

	private final InputStream in;

	private final PrintStream out;

	private final PrintStream err;

	private final String baseUrl;

	DoctorCommand(InputStream in, PrintStream out, PrintStream err, String baseUrl) {
		this.in = in;
		this.out = out;
		this.err = err;
		this.baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
	}

	/** Entry point for {@code UcdhcpApplication}: runs without Spring. */
	public static int execute(String[] args) {
		return new DoctorCommand(System.in, System.out, System.err, System.getenv("UCDHCP_BASE_URL")).run(args);
	}

	int run(String[] args) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			this.err.println("doctor: " + ex.getMessage());
			this.err.print(USAGE);
			return UNREADABLE;
		}
		if (arguments.help()) {
			this.out.print(USAGE);
			return HEALTHY;
		}
		try {
			String paste = read(arguments.file());
			Permalinks permalinks = new Permalinks(this.baseUrl);
			DoctorRun run = DoctorRun.of(paste, arguments.format(),
					new ConfigRenderer(new TargetRegistry(), permalinks), permalinks);
			print(arguments, paste, run);
			return run.diagnosis().healthy().orElse(false) ? HEALTHY : PROBLEMS;
		}
		catch (IOException ex) {
			this.err.println("doctor: cannot read " + arguments.file() + ": " + ex.getClass().getSimpleName());
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

	private void print(Arguments arguments, String paste, DoctorRun run) {
		if (arguments.json()) {
			this.out.println(JsonMapper.builder()
				.build()
				.writeValueAsString(DoctorResponse.of(run.diagnosis(), run.corrected())));
		}
		else {
			this.out.print(DoctorText.of(arguments.file(), run, new PasteLines(paste)));
		}
	}

	/** What the command line asked for. */
	record Arguments(Optional<PasteFormat> format, boolean json, String file, boolean help) {

		static Arguments parse(String[] args) {
			Optional<PasteFormat> format = Optional.empty();
			boolean json = false;
			String file = null;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if ("--help".equals(arg) || "-h".equals(arg)) {
					return new Arguments(format, json, "", true);
				}
				else if ("--json".equals(arg)) {
					json = true;
				}
				else if ("--format".equals(arg) || arg.startsWith("--format=")) {
					String name = arg.startsWith("--format=") ? arg.substring(9) : (++i < args.length) ? args[i] : "";
					format = Optional.of(PasteFormat.of(name)
						.orElseThrow(() -> new IllegalArgumentException(
								"--format: one of " + String.join(", ", PasteFormat.ids()))));
				}
				else if (arg.startsWith("-") && !"-".equals(arg)) {
					throw new IllegalArgumentException("unknown option " + arg.replaceAll("[^\\x21-\\x7E]", "?"));
				}
				else if (file != null) {
					throw new IllegalArgumentException("one FILE only (or - for standard input)");
				}
				else {
					file = arg;
				}
			}
			if (file == null) {
				throw new IllegalArgumentException("FILE missing (or - for standard input)");
			}
			return new Arguments(format, json, file, false);
		}

	}

}
