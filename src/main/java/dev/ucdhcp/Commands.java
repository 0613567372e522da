package dev.ucdhcp;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

import dev.ucdhcp.apply.ApplyCommand;
import dev.ucdhcp.cli.Cli;
import dev.ucdhcp.probe.ProbeCommand;
import dev.ucdhcp.responder.ResponderCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every command-line tool of the jar, registered here and only here: a new command is one
 * annotated class ({@code @Command(name = …)}, {@code Callable<Integer>}, {@code @Mixin
 * SharedOptions}) and one line in {@link #all}. They run without a Spring context.
 */
final class Commands {

	private Commands() {
	}

	static List<Object> all(PrintStream out, PrintStream err) {
		return List.of(new ProbeCommand(out, err), new ResponderCommand(out, err),
				new ApplyCommand(out, err, Clock.systemUTC()));
	}

	/**
	 * True when {@code name} is a command (or the completion generator), not the web app.
	 */
	static boolean isCommand(String name) {
		return "generate-completion".equals(name) || all(System.out, System.err).stream()
			.anyMatch((command) -> command.getClass().getAnnotation(Command.class).name().equals(name));
	}

	static CommandLine commandLine(PrintStream out, PrintStream err) {
		return Cli.commandLine(out, err, all(out, err).toArray());
	}

	/** Runs {@code args[0]} with the rest; its exit code. */
	static int execute(PrintStream out, PrintStream err, String... args) {
		return Cli.execute(commandLine(out, err), args);
	}

}
