package dev.ucdhcp.apply;

import java.util.List;
import java.util.Map;

import dev.ucdhcp.cli.PermalinkInputs;
import dev.ucdhcp.encoding.Permalink;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.RandomInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permalink apply writes into its mark is the page's own for the Kea target, and it
 * reads back (as {@code --permalink} reads it) as the inputs it was applied with.
 */
class ApplyPermalinkTest {

	@Test
	void theMarksPermalinkIsThePagesAndReadsBackAsItsInputs() {
		List<Map<String, String>> samples = RandomInputs.samples(8000L, 2000, RandomInputs::provisioningInputs)
			.toList();
		for (Map<String, String> sample : samples) {
			PhoneProvisioning provisioning = ProvisioningInputs.parse(sample).provisioning().orElseThrow();
			String permalink = ApplyPlan.permalink(provisioning);
			assertThat(permalink).isEqualTo(Permalink.of(provisioning, RenderedKea.TARGET).relative());
			assertThat(Permalink.read(permalink).vendor()).contains(RenderedKea.TARGET);
			assertThat(ProvisioningInputs.parse(PermalinkInputs.of(permalink)).provisioning()).as(permalink)
				.contains(provisioning);
		}
	}

}
