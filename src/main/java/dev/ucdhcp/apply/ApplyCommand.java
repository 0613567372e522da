package dev.ucdhcp.apply;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.ucdhcp.cli.Cli;
import dev.ucdhcp.cli.InputOptions;
import dev.ucdhcp.cli.SharedOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.JsonNode;

/**
 * {@code java -jar ucdhcp.jar apply kea …}: DHCPUtil's {@code -RunConfigScript} for Kea.
 * Reads the running configuration through the Control Agent, merges what the Kea target
 * writes, shows the diff, lets Kea test it, and only with {@code --yes} sets and writes
 * it. Runs without Spring.
 */
@Command(name = "apply", description = {
		"Puts what the Kea target writes (option-def 120, client class MS-UC-Client with its option 43, option"
				+ " 120 server-wide, or in the existing subnet4 of the scope or of each site) into a running"
				+ " kea-dhcp4 through its Control Agent, each entry marked in user-context \"ucdhcp\".",
		"Applying twice changes nothing. If the server already has option 120, its option-def or a class"
				+ " MS-UC-Client that differ, or no subnet4 for the scope or a site, nothing is changed. config-write"
				+ " replaces the configuration file with Kea's own rendering of the running configuration: every"
				+ " default written out, your comments and include files gone." },
		footer = { "Exit: 0 done (or nothing to do), 1 refused (nothing changed),",
				"2 usage or input error, 3 Kea rejected the configuration (config-test,",
				"config-set or config-write failed), 4 the Control Agent could not be reached",
				"or refused the login, 5 the configuration changed on the server after apply",
				"read it (nothing written), 6 cut off after config-set (run the same command",
				"again: it finishes what the server holds)." })
public final class ApplyCommand implements Callable<Integer>, Cli.Checked {

	public static final int OK = 0;

	public static final int REFUSED = 1;

	public static final int USAGE_ERROR = Cli.USAGE_ERROR;

	public static final int KEA_REJECTED = 3;

	public static final int UNREACHABLE = 4;

	/**
	 * Someone else changed the configuration after apply read it; nothing was written.
	 */
	public static final int CHANGED_MEANWHILE = 5;

	/**
	 * Cut off after config-set: the next run finishes (config-write) or names what is
	 * left.
	 */
	public static final int UNFINISHED = 6;

	@Mixin
	private SharedOptions shared;

	@Mixin
	private ApplyArguments arguments;

	@Mixin
	private InputOptions inputs;

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	public ApplyCommand(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	int run(String... args) {
		return Cli.run(this, this.out, this.err, args);
	}

	/** The options as parsed, for tests of the command line. */
	ApplyArguments arguments() {
		return this.arguments;
	}

	/** The web's inputs as given, for tests of the command line. */
	Map<String, String> inputs() {
		return this.inputs.raw();
	}

	@Override
	public void check() {
		this.arguments.check(this.inputs.given());
	}

	@Override
	public Integer call() {
		Optional<ControlAgent.Credentials> credentials;
		try {
			credentials = AgentLogin.of(this.arguments.user(), this.arguments.passwordFile(),
					this.arguments.controlAgent(), this.err);
		}
		catch (IllegalArgumentException ex) {
			this.err.println("apply: " + ex.getMessage());
			return USAGE_ERROR;
		}
		Optional<ApplyPlan> plan = ApplyPlan.of(this.arguments.rollback(), this.inputs, this.clock, this.err);
		if (plan.isEmpty()) {
			return USAGE_ERROR;
		}
		try {
			ControlAgent agent = new ControlAgent(this.arguments.controlAgent(), credentials, this.arguments.timeout());
			return new Session(agent, this.arguments, plan.get()).run();
		}
		catch (ControlAgent.AgentException ex) {
			this.err.println("apply: " + ex.getMessage());
			return UNREACHABLE;
		}
	}

	/** One run against one agent. */
	private final class Session {

		private final AgentSteps steps;

		private final ApplyArguments arguments;

		private final ApplyPlan plan;

		Session(ControlAgent agent, ApplyArguments arguments, ApplyPlan plan) {
			this.steps = new AgentSteps(agent, ApplyCommand.this.out);
			this.arguments = arguments;
			this.plan = plan;
		}

		int run() throws ControlAgent.AgentException {
			PrintStream out = ApplyCommand.this.out;
			out.println("Kea Control Agent " + this.arguments.controlAgent() + ", service dhcp4");
			AgentSteps.Running read = this.steps.configGet();
			JsonNode running = read.dhcp4();
			Dhcp4Merge.Outcome outcome = merge(running);
			outcome.kept().forEach((line) -> out.println("kept: " + line));
			if (outcome.refused()) {
				outcome.refusals().forEach((line) -> ApplyCommand.this.err.println("apply: refused: " + line));
				ApplyCommand.this.err.println("apply: nothing was changed on the server.");
				return REFUSED;
			}
			if (!outcome.changed()) {
				out.println(rollback() ? "Nothing to roll back: no entry on the server carries the ucdhcp mark."
						: "Nothing to change: the server already has exactly this; nothing was sent.");
				return OK;
			}
			UnifiedDiff
				.of(JsonText.lines(running), JsonText.lines(outcome.dhcp4()), "running (config-get)",
						rollback() ? "after ucdhcp apply --rollback" : "after ucdhcp apply")
				.forEach(out::println);
			outcome.changes().forEach((line) -> out.println("change: " + line));
			if (!this.steps.step("config-test", outcome.dhcp4())) {
				ApplyCommand.this.err.println("apply: Kea refuses the merged configuration; nothing was changed.");
				return KEA_REJECTED;
			}
			if (this.arguments.dryRun()) {
				out.println("Dry run: nothing was changed. To go ahead, run the same command "
						+ (rollback() ? "without --dry-run." : "with --yes."));
				out.println(configWriteNote());
				return OK;
			}
			out.println(configWriteNote());
			int exit = new Commit(this.steps, out, ApplyCommand.this.err, this::merge).run(outcome.dhcp4(), read,
					ApplyCommand.this.clock.instant());
			if (exit == OK) {
				out.println("Done: the running configuration and its file " + (rollback() ? "no longer carry" : "carry")
						+ " the ucdhcp entries (checked with config-get).");
			}
			return exit;
		}

		private boolean rollback() {
			return this.plan.rendered().isEmpty();
		}

		private Dhcp4Merge.Outcome merge(JsonNode running) {
			return PendingWrite.finishing(rollback() ? Dhcp4Merge.rollback(running)
					: Dhcp4Merge.apply(running, this.plan.rendered().get(), this.plan.mark().get()), running);
		}

	}

	static String configWriteNote() {
		return "Note: config-write replaces the file kea-dhcp4 was started with by Kea's rendering of the running"
				+ " configuration: every default written out, your comments, include files and layout lost."
				+ " Keep a copy of the file.";
	}

}
