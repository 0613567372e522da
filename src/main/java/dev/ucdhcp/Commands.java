package dev.ucdhcp;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;

import dev.ucdhcp.apply.ApplyCommand;
import dev.ucdhcp.cli.Cli;
import dev.ucdhcp.probe.ProbeCommand;
import dev.ucdhcp.responder.ResponderCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every command-line tool of the jar, registered here and only here: a new command is one
 * annotated class ({@code @Command(name = …)}, {@code Callable<Integer>}, {@code @Mixin
 * SharedOptions}) and one entry in {@code COMMANDS}. They run without a Spring context.
 */
final class Commands {

	private static final List<Registered> COMMANDS = List.of(new Registered(ProbeCommand.class, ProbeCommand::new),
			new Registered(ResponderCommand.class, ResponderCommand::new),
			new Registered(ApplyCommand.class, (out, err) -> new ApplyCommand(out, err, Clock.systemUTC())));

	private Commands() {
	}

	/**
	 * True when {@code name} is a command (or the completion generator), not an argument
	 * of the web app.
	 */
	static boolean isCommand(String name) {
		return Cli.COMPLETION.equals(name) || COMMANDS.stream().anyMatch((command) -> command.name().equals(name));
	}

	/** All commands, each a subcommand of {@code java -jar ucdhcp.jar}. */
	static CommandLine commandLine(PrintStream out, PrintStream err) {
		return Cli.commandLine(out, err, COMMANDS.stream().map((command) -> command.create(out, err)).toArray());
	}

	/**
	 * Runs {@code args[0]} with the rest; its exit code. Only that command's model is
	 * built (picocli reads every option by reflection, which a tool's start-up pays for).
	 */
	static int execute(PrintStream out, PrintStream err, String... args) {
		List<Object> chosen = COMMANDS.stream()
			.filter((command) -> command.name().equals(args[0]))
			.map((command) -> command.create(out, err))
			.toList();
		CommandLine commands = chosen.isEmpty() ? commandLine(out, err) : Cli.commandLine(out, err, chosen.toArray());
		return Cli.execute(commands, args);
	}

	/**
	 * A command: its class, whose {@code @Command} names it, and how to make one that
	 * writes to the given streams.
	 */
	private record Registered(Class<?> type, BiFunction<PrintStream, PrintStream, Object> factory) {

		String name() {
			return this.type.getAnnotation(Command.class).name();
		}

		Object create(PrintStream out, PrintStream err) {
			return this.factory.apply(out, err);
		}

	}

}
