package dev.ucdhcp.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar ucdhcp.jar generate-completion}: the bash (and zsh, through
 * bashcompinit) completion script picocli writes from the commands' own definitions, for
 * a command named {@value #NAME} that runs the jar (README: Shell completion). Hidden: it
 * is a setup step, not a tool.
 */
@Command(name = Cli.COMPLETION, hidden = true, description = "print a bash/zsh completion script for a command named "
		+ Completion.NAME + " that runs this jar")
final class Completion implements Callable<Integer> {

	/** A shell completes a command word, so the jar needs a name such as a wrapper's. */
	static final String NAME = "ucdhcp";

	@Mixin
	private SharedOptions shared;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		this.spec.commandLine().getOut().print(AutoComplete.bash(NAME, this.spec.parent().commandLine()));
		this.spec.commandLine().getOut().flush();
		return 0;
	}

}
