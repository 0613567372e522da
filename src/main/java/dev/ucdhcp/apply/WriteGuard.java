package dev.ucdhcp.apply;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * Just before config-set, asks whether the server still runs the configuration apply
 * read: an admin's change made meanwhile would otherwise be overwritten by a merge into
 * the older one. Kea has no lock and no compare-and-set; where kea-dhcp4 lists
 * {@code config-hash-get} (Kea 2.4 and later) its hash is compared, elsewhere (Kea 2.2)
 * the configuration is read again and compared whole. What is left is the time between
 * that answer and config-set, not the minutes of a diff and a config-test.
 */
final class WriteGuard {

	/** The other change is shown, up to this many lines of its diff. */
	static final int SHOWN_LINES = 40;

	private final AgentSteps steps;

	private final PrintStream out;

	WriteGuard(AgentSteps steps, PrintStream out) {
		this.steps = steps;
		this.out = out;
	}

	/**
	 * Empty when the server still runs {@code read}; otherwise what tells it does not.
	 */
	Optional<String> changedSince(AgentSteps.Running read) throws ControlAgent.AgentException {
		if (read.hash().isPresent() && this.steps.commands().contains("config-hash-get")) {
			Optional<String> now = this.steps.configHash();
			boolean same = now.equals(read.hash());
			this.out.println("config-hash-get: " + (same ? "unchanged since config-get" : "CHANGED since config-get"));
			return same ? Optional.empty()
					: Optional.of("its hash is " + now.orElse("(none)") + ", config-get's was " + read.hash().get());
		}
		AgentSteps.Running now = this.steps.configGet();
		boolean same = now.dhcp4().equals(read.dhcp4());
		this.out.println("config-get again: " + (same ? "unchanged since the first" : "CHANGED since the first"));
		if (same) {
			return Optional.empty();
		}
		List<String> diff = UnifiedDiff.of(JsonText.lines(read.dhcp4()), JsonText.lines(now.dhcp4()),
				"read by apply (config-get)", "running now");
		String shown = String.join("\n", diff.subList(0, Math.min(SHOWN_LINES, diff.size())));
		return Optional.of("what changed:\n" + shown + ((diff.size() > SHOWN_LINES) ? "\n…" : ""));
	}

}
