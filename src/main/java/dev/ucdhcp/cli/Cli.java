package dev.ucdhcp.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How every command of the jar runs: as a subcommand of {@code java -jar ucdhcp.jar}, on
 * picocli with the same settings, error shape ({@link UsageErrors}) and argument limit. A
 * command is an annotated class that implements {@code Callable<Integer>} (its exit code)
 * and takes {@link SharedOptions}; {@code dev.ucdhcp.Commands} lists them all.
 */
public final class Cli {

	/** Every usage error and invalid input, in every command. */
	public static final int USAGE_ERROR = 2;

	/**
	 * The longest argument read: a permalink with 64 sites and long names,
	 * percent-encoded, stays far below it.
	 */
	public static final int MAX_ARGUMENT_LENGTH = 65536;

	/** The hidden command that prints the shell completion script. */
	public static final String COMPLETION = "generate-completion";

	/** What a user types before a command's name. */
	public static final String JAR = "java -jar ucdhcp.jar";

	private static final String NO_GROOVY = "picocli.disable.closures";

	static {
		// picocli looks for Groovy's Closure class when it first reads an annotation; in
		// java -jar ucdhcp.jar that search for a class that is not there opens every
		// nested jar, which tripled the CPU time of `probe --help`. No command uses
		// Groovy.
		if (System.getProperty(NO_GROOVY) == null) {
			System.setProperty(NO_GROOVY, "true");
		}
	}

	private Cli() {
	}

	/** The jar's commands, each a subcommand, plus the hidden completion generator. */
	public static CommandLine commandLine(PrintStream out, PrintStream err, Object... commands) {
		CommandLine root = new CommandLine(new Jar());
		for (Object command : commands) {
			root.addSubcommand(command);
		}
		root.addSubcommand(new Completion());
		// settings go to the subcommands added so far
		return root.setExpandAtFiles(false)
			.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
			.setOut(writer(out))
			.setErr(writer(err))
			.setParameterExceptionHandler(new UsageErrors())
			.setExecutionStrategy(Cli::checkThenRun);
	}

	/**
	 * A command or mixin whose options must agree with one another ({@code --user} needs
	 * {@code --password-file}): checked after parsing, before the command runs, unless
	 * help was asked for.
	 */
	public interface Checked {

		/**
		 * @throws ParameterException naming the options that disagree
		 */
		void check();

	}

	/**
	 * A command whose standard output a program may read ({@code probe --json}): after
	 * the usual error on standard error it is told the same lines, to print them in its
	 * own format.
	 */
	public interface ReportsUsageErrors {

		/**
		 * @param lines what went wrong, each naming its flag, as printed on standard
		 * error
		 * @param args the whole command line, the command's name first
		 */
		void usageError(List<String> lines, List<String> args);

	}

	private static int checkThenRun(ParseResult parsed) {
		ParseResult command = parsed.hasSubcommand() ? parsed.subcommand() : parsed;
		if (!command.isUsageHelpRequested() && !command.isVersionHelpRequested()) {
			check(command.commandSpec());
		}
		return new CommandLine.RunLast().execute(parsed);
	}

	private static void check(CommandSpec command) {
		for (CommandSpec mixin : command.mixins().values()) {
			if (mixin.userObject() instanceof Checked checked) {
				checked.check();
			}
		}
		if (command.userObject() instanceof Checked checked) {
			checked.check();
		}
	}

	/**
	 * Runs the command {@code args[0]} with the rest.
	 * @return its exit code; {@link #USAGE_ERROR} for a usage error or invalid value
	 */
	public static int execute(CommandLine root, String... args) {
		try {
			checkLengths(root.getSubcommands().get(args[0]), args);
		}
		catch (ParameterException ex) {
			return new UsageErrors().handleParseException(ex, args);
		}
		return root.execute(args);
	}

	private static void checkLengths(CommandLine command, String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].length() > MAX_ARGUMENT_LENGTH) {
				String name = (i > 0 && args[i - 1].startsWith("--")) ? args[i - 1] : "an argument";
				throw new ParameterException(command,
						name + " is longer than " + MAX_ARGUMENT_LENGTH + " characters (" + args[i].length() + ")");
			}
		}
	}

	/**
	 * One command alone, as {@code java -jar ucdhcp.jar NAME ARGS}: for its own
	 * {@code main} (the wire tests start it from the class path) and its tests.
	 */
	public static int run(Object command, PrintStream out, PrintStream err, String... args) {
		List<String> all = new ArrayList<>();
		all.add(command.getClass().getAnnotation(Command.class).name());
		all.addAll(List.of(args));
		return execute(commandLine(out, err, command), all.toArray(String[]::new));
	}

	/**
	 * Parses without running, for tests of a command's arguments.
	 * @throws IllegalArgumentException with the message a user would see
	 */
	public static void parse(Object command, String... args) {
		CommandLine root = commandLine(System.out, System.err, command);
		String name = command.getClass().getAnnotation(Command.class).name();
		List<String> all = new ArrayList<>(List.of(name));
		all.addAll(List.of(args));
		try {
			checkLengths(root.getSubcommands().get(name), args);
			check(root.parseArgs(all.toArray(String[]::new)).subcommand().commandSpec());
		}
		catch (ParameterException ex) {
			throw new IllegalArgumentException(UsageErrors.message(ex, args), ex);
		}
	}

	/** Writes through the stream itself, so that its own charset encodes the text. */
	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new Writer() {

			@Override
			public void write(char[] text, int offset, int length) {
				stream.print(new String(text, offset, length));
			}

			@Override
			public void flush() {
				stream.flush();
			}

			@Override
			public void close() {
				// the stream belongs to the caller
			}

		}, true);
	}

	/** The jar itself: only a name for the commands' usage lines and the completion. */
	@Command(name = JAR)
	static final class Jar {

	}

}
