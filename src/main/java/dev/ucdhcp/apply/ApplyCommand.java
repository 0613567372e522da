package dev.ucdhcp.apply;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import tools.jackson.databind.JsonNode;

/**
 * {@code java -jar ucdhcp.jar apply kea …}: DHCPUtil's {@code -RunConfigScript} for Kea.
 * Reads the running configuration through the Control Agent, merges what the Kea target
 * writes, shows the diff, lets Kea test it, and only with {@code --yes} sets and writes
 * it. Runs without Spring.
 */
public final class ApplyCommand {

	public static final int OK = 0;

	public static final int REFUSED = 1;

	public static final int USAGE_ERROR = 2;

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

	static final String USAGE = """
			usage: java -jar ucdhcp.jar apply kea --control-agent URL [--dry-run | --yes | --rollback [--dry-run]]
			                                      [--user NAME --password-file FILE] [--timeout SECONDS]
			                                      (--pool FQDN [--web …] [--director …] [--sba …] [--port …]
			                                       [--path …] [--scheme …] [--scope CIDR] [--ntp …] [--vlan …]
			                                       [--site NAME] [--sites "$(cat sites.csv)"]
			                                       | --permalink 'URL or query from the web page')
			  Puts what the Kea target writes (option-def 120, client class MS-UC-Client with its
			  option 43, option 120 server-wide, or in the existing subnet4 of the scope or of each
			  site) into a running kea-dhcp4 through its Control Agent, each entry marked in
			  user-context "ucdhcp". --sites takes one name,scope[,sba] per line, as on the page.
			  --dry-run   (default) config-get, merge, print the diff, config-test; changes nothing
			  --yes       then config-set and config-write (to the file kea-dhcp4 was started with)
			  --rollback  remove exactly the entries earlier applies added (no inputs); with --dry-run
			              only show the diff and config-test it
			  --control-agent URL   http:// or https:// (TLS checked against the JDK's trust store)
			  --user, --password-file  HTTP basic auth; the file's first line is the password; the file
			                        must be closed to group and others (chmod 600)
			  --timeout SECONDS     limit for each command's whole exchange (default 10, at most 300)
			Applying twice changes nothing. If the server already has option 120, its option-def or a
			class MS-UC-Client that differ, or no subnet4 for the scope or a site, nothing is changed.
			config-write replaces the configuration file with Kea's own rendering of the running
			configuration: every default written out, your comments and include files gone.
			Exit: 0 done (or nothing to do), 1 refused (nothing changed), 2 usage or input error,
			3 Kea rejected the configuration (config-test, config-set or config-write failed),
			4 the Control Agent could not be reached or refused the login, 5 the configuration changed
			on the server after apply read it (nothing written), 6 cut off after config-set (run the
			same command again: it finishes what the server holds).
			""";

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	ApplyCommand(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	/** Entry point for {@code UcdhcpApplication}: runs without Spring. */
	public static int execute(String[] args) {
		return new ApplyCommand(System.out, System.err, Clock.systemUTC()).run(args);
	}

	int run(String[] args) {
		ApplyArguments arguments;
		Optional<ControlAgent.Credentials> credentials;
		try {
			arguments = ApplyArguments.parse(args);
			if (arguments.help()) {
				this.out.print(USAGE);
				return OK;
			}
			credentials = AgentLogin.of(arguments.user(), arguments.passwordFile(), arguments.controlAgent(), this.err);
		}
		catch (IllegalArgumentException ex) {
			this.err.println("apply: " + ex.getMessage());
			this.err.print(USAGE);
			return USAGE_ERROR;
		}
		Optional<Plan> plan = plan(arguments);
		if (plan.isEmpty()) {
			return USAGE_ERROR;
		}
		try {
			ControlAgent agent = new ControlAgent(arguments.controlAgent(), credentials, arguments.timeout());
			return new Session(agent, arguments, plan.get()).run();
		}
		catch (ControlAgent.AgentException ex) {
			this.err.println("apply: " + ex.getMessage());
			return UNREACHABLE;
		}
	}

	/** What to merge: the rendered Kea configuration, or nothing for a rollback. */
	private record Plan(Optional<RenderedKea> rendered, Optional<ApplyMark> mark) {
	}

	private Optional<Plan> plan(ApplyArguments arguments) {
		if (arguments.rollback()) {
			return Optional.of(new Plan(Optional.empty(), Optional.empty()));
		}
		ProvisioningInputs.Parsed parsed = ProvisioningInputs.parse(arguments.inputs());
		if (!parsed.valid()) {
			parsed.fieldErrors()
				.entrySet()
				.stream()
				.filter((error) -> parsed.siteErrors().isEmpty() || !ProvisioningInputs.SITES.equals(error.getKey()))
				.forEach((error) -> this.err.println("apply: --" + error.getKey() + ": " + error.getValue()));
			parsed.siteErrors().forEach((error) -> this.err.println("apply: --sites: " + error.located()));
			return Optional.empty();
		}
		PhoneProvisioning provisioning = parsed.provisioning().orElseThrow();
		String permalink = permalink(provisioning);
		RenderedKea rendered = RenderedKea.of(provisioning, permalink);
		List<String> missing = provisioning.sites()
			.stream()
			.filter((site) -> !rendered.subnetOptionData().containsKey(site.scope()))
			.map((site) -> site.name() + " " + site.scope())
			.toList();
		if (!missing.isEmpty()) {
			// a Kea target that ignored sites would otherwise put one site's option 120
			// on all
			this.err.println("apply: the Kea target writes no subnet4 for the sites " + String.join(", ", missing)
					+ "; nothing was sent");
			return Optional.empty();
		}
		return Optional
			.of(new Plan(Optional.of(rendered), Optional.of(new ApplyMark(this.clock.instant(), permalink))));
	}

	/** The page's relative permalink: the base URL of a deployment is not known here. */
	static String permalink(PhoneProvisioning provisioning) {
		StringBuilder query = new StringBuilder("/?");
		for (Map.Entry<String, String> parameter : ProvisioningInputs.queryParameters(provisioning).entrySet()) {
			query.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
				.append('&');
		}
		return query.append("vendor=").append(RenderedKea.TARGET).toString();
	}

	/** One run against one agent. */
	private final class Session {

		private final AgentSteps steps;

		private final ApplyArguments arguments;

		private final Plan plan;

		Session(ControlAgent agent, ApplyArguments arguments, Plan plan) {
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
