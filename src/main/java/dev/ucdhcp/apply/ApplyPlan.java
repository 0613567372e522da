package dev.ucdhcp.apply;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.cli.InputOptions;
import dev.ucdhcp.encoding.Permalink;
import dev.ucdhcp.encoding.PhoneProvisioning;

/**
 * What one run merges: the rendered Kea configuration and the mark its entries carry, or
 * nothing for a rollback (which removes every marked entry).
 */
record ApplyPlan(Optional<RenderedKea> rendered, Optional<ApplyMark> mark) {

	/**
	 * The plan for the inputs, or empty after saying on {@code err} why nothing can be
	 * sent.
	 * @throws dev.ucdhcp.cli.InvalidValues naming each invalid input
	 */
	static Optional<ApplyPlan> of(boolean rollback, InputOptions inputs, Clock clock, PrintStream err) {
		if (rollback) {
			if (inputs.given()) {
				// the apply's command line with --rollback added: its inputs are checked
				// like the apply's, then the marks say what to remove
				inputs.provisioning();
			}
			return Optional.of(new ApplyPlan(Optional.empty(), Optional.empty()));
		}
		PhoneProvisioning provisioning = inputs.provisioning();
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
			err.println("apply: the Kea target writes no subnet4 for the sites " + String.join(", ", missing)
					+ "; nothing was sent");
			return Optional.empty();
		}
		return Optional
			.of(new ApplyPlan(Optional.of(rendered), Optional.of(new ApplyMark(clock.instant(), permalink))));
	}

	/** The page's relative permalink: the base URL of a deployment is not known here. */
	static String permalink(PhoneProvisioning provisioning) {
		return Permalink.of(provisioning, RenderedKea.TARGET).relative();
	}

}
