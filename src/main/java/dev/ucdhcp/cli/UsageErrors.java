package dev.ucdhcp.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.PicocliException;

/**
 * The one error shape of every command: {@code NAME: message} on standard error, each
 * line naming the flag it is about, then the synopsis (not after {@link InvalidValues},
 * whose lines name their flags), exit {@link Cli#USAGE_ERROR}. picocli's own wording is
 * replaced where the commands always said it more plainly ({@code unknown argument
 * --fast}, {@code --pool needs a value}, {@code --pool is given twice}).
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		PrintWriter err = command.getErr();
		List<String> lines = (ex instanceof InvalidValues invalid) ? invalid.lines() : List.of(message(ex, args));
		lines.forEach((line) -> err.println(command.getCommandName() + ": " + line));
		if (!(ex instanceof InvalidValues)) {
			CommandLine.Help help = command.getHelp();
			err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
			err.println("More: " + command.getCommandSpec().qualifiedName() + " --help");
		}
		err.flush();
		if (command.getCommand() instanceof Cli.ReportsUsageErrors report) {
			report.usageError(lines, List.of(args));
		}
		return Cli.USAGE_ERROR;
	}

	/** What went wrong, in the commands' words. */
	static String message(ParameterException ex, String[] args) {
		List<String> unmatched = ex.getCommandLine().getUnmatchedArguments();
		if (!unmatched.isEmpty()) {
			// before a missing required option: the unknown one is often that option
			// misspelt
			return "unknown argument " + printable(unmatched.get(0));
		}
		if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
			return missing(missing.getMissing().get(0), args);
		}
		if (ex instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
			return name(overwritten.getOverwritten()) + " is given twice";
		}
		Throwable cause = ex.getCause();
		if (cause != null && !(cause instanceof PicocliException)) {
			// an option's own check refused the value: its message names the option
			return cause.getMessage();
		}
		return ex.getMessage();
	}

	private static String missing(ArgSpec arg, String[] args) {
		if (arg instanceof OptionSpec option && Arrays.stream(args)
			.anyMatch((given) -> Arrays.stream(option.names())
				.anyMatch((name) -> given.equals(name) || given.startsWith(name + "=")))) {
			return name(arg) + " needs a value";
		}
		String description = (arg.description().length > 0) ? ": " + arg.description()[0] : "";
		return name(arg) + (arg.isOption() ? " " + arg.paramLabel() : "") + " is required" + description;
	}

	private static String name(ArgSpec arg) {
		return (arg instanceof OptionSpec option) ? option.longestName() : arg.paramLabel();
	}

	/** What a user typed, without control characters that could rewrite the terminal. */
	static String printable(String text) {
		return text.replaceAll("[^\\x21-\\x7E]", "?");
	}

}
