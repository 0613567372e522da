package dev.ucdhcp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What every command of the jar takes and how its help looks: {@code --help} and
 * {@code --version} and the help's headings (options in alphabetical order, as picocli
 * lists them by default). A command takes it with {@code @Mixin SharedOptions shared;};
 * {@code CommandsTest} checks that each one does.
 */
@Command(synopsisHeading = "usage: ", descriptionHeading = "%n", parameterListHeading = "%n", optionListHeading = "%n",
		footerHeading = "%n", versionProvider = ProductVersion.class)
public final class SharedOptions {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "print this help and exit (exit 0)")
	private boolean help;

	@Option(names = { "-V", "--version" }, versionHelp = true,
			description = "print the version of ucdhcp and exit (exit 0)")
	private boolean version;

}
