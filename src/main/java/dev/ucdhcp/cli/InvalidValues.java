package dev.ucdhcp.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The command line had the right shape but values the domain refuses: one line per value,
 * each naming its flag ({@code --port: …}). Printed without the usage, which would bury
 * the lines that matter; exit 2 like every usage error.
 */
public final class InvalidValues extends ParameterException {

	private static final long serialVersionUID = 1L;

	private final List<String> lines;

	public InvalidValues(CommandLine command, List<String> lines) {
		super(command, String.join("\n", lines));
		this.lines = List.copyOf(lines);
	}

	public List<String> lines() {
		return this.lines;
	}

}
