package dev.ucdhcp.apply;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --yes}: config-set and config-write so that neither an admin's change nor a cut
 * connection is lost. Before config-set, {@link WriteGuard} checks that the server still
 * runs what apply read. The configuration is set with a {@link PendingWrite} note and
 * written, read back and checked, then set and written again without the note: a run cut
 * off anywhere after the first config-set leaves the note for the next run to find.
 */
final class Commit {

	private final AgentSteps steps;

	private final PrintStream out;

	private final PrintStream err;

	/** The merge the command computes, to check what the server runs afterwards. */
	private final Function<JsonNode, Dhcp4Merge.Outcome> merge;

	Commit(AgentSteps steps, PrintStream out, PrintStream err, Function<JsonNode, Dhcp4Merge.Outcome> merge) {
		this.steps = steps;
		this.out = out;
		this.err = err;
		this.merge = merge;
	}

	int run(ObjectNode merged, AgentSteps.Running read, Instant at) throws ControlAgent.AgentException {
		Optional<String> changed = new WriteGuard(this.steps, this.out).changedSince(read);
		if (changed.isPresent()) {
			this.err.println("apply: the server's configuration changed after apply read it (someone else's change);"
					+ " nothing was written over it. Run the same command again to merge into the new configuration. "
					+ changed.get());
			return ApplyCommand.CHANGED_MEANWHILE;
		}
		try {
			if (!this.steps.step("config-set", PendingWrite.on(merged, at))) {
				this.err.println("apply: the running server is unchanged.");
				return ApplyCommand.KEA_REJECTED;
			}
			return writeAndClear(at.toString());
		}
		catch (ControlAgent.AgentException ex) {
			this.err.println("apply: " + ex.getMessage());
			this.err.println("apply: cut off after config-set was sent: the running server may have the change and"
					+ " its file may not (a restart would lose it). Run the same command again: it finds the"
					+ " ucdhcp pending-write note in the running configuration and finishes (config-write), or"
					+ " shows what is left.");
			return ApplyCommand.UNFINISHED;
		}
	}

	private int writeAndClear(String since) throws ControlAgent.AgentException {
		if (!this.steps.step("config-write", null)) {
			this.err.println("apply: the running server has the change, with ucdhcp's pending-write note, but its file"
					+ " does not: a restart loses it. Let kea-dhcp4 write its configuration file (permissions), then"
					+ " run the same command again: it finishes.");
			return ApplyCommand.KEA_REJECTED;
		}
		AgentSteps.Running written = this.steps.configGet();
		if (!PendingWrite.since(written.dhcp4()).filter(since::equals).isPresent()) {
			this.err.println("apply: right after config-set the server runs another configuration (someone else's"
					+ " change); config-write saved that one, and apply sends nothing more.");
			return ApplyCommand.CHANGED_MEANWHILE;
		}
		ObjectNode clean = PendingWrite.without(written.dhcp4());
		Dhcp4Merge.Outcome again = this.merge.apply(clean);
		if (again.changed() || again.refused()) {
			this.err.println("apply: after config-set the server still differs: " + String.join("; ", again.changes())
					+ String.join("; ", again.refusals()));
			return ApplyCommand.KEA_REJECTED;
		}
		if (!this.steps.step("config-set", clean) || !this.steps.step("config-write", null)) {
			this.err.println("apply: the server and its file hold the change; removing ucdhcp's pending-write note"
					+ " failed. The note is harmless; the next run removes it.");
			return ApplyCommand.KEA_REJECTED;
		}
		return ApplyCommand.OK;
	}

}
