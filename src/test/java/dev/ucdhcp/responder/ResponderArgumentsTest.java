package dev.ucdhcp.responder;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResponderArgumentsTest {

	@Test
	void takesTheWebsInputsAsFlags() {
		ResponderArguments arguments = ResponderArguments.parse(new String[] { "--interface", "eth0", "--pool",
				"lync.schertz.local", "--sba", "sba01.branch.schertz.local", "--ntp", "192.0.2.123", "--allow-relay" });

		assertThat(arguments.interfaceName()).isEqualTo("eth0");
		assertThat(arguments.allowRelay()).isTrue();
		assertThat(arguments.verbose()).isFalse();
		assertThat(arguments.inputs())
			.isEqualTo(Map.of("pool", "lync.schertz.local", "sba", "sba01.branch.schertz.local", "ntp", "192.0.2.123"));
	}

	@Test
	void takesAPermalinkWholeOrFromItsQuery() {
		String url = "https://ucdhcp.example/?pool=lync.schertz.local&sba=sba01.branch.schertz.local"
				+ "&path=%2FCertProv%2FCertProvisioningService.svc&topology=branch&web=&vendor=isc#result";
		Map<String, String> expected = Map.of("pool", "lync.schertz.local", "sba", "sba01.branch.schertz.local", "path",
				"/CertProv/CertProvisioningService.svc", "web", "");

		assertThat(ResponderArguments.parse(new String[] { "--interface", "eth0", "--permalink", url }).inputs())
			.isEqualTo(expected);
		assertThat(ResponderArguments
			.parse(new String[] { "--interface", "eth0", "--permalink", url.substring(url.indexOf('?') + 1) })
			.inputs()).isEqualTo(expected);
	}

	@Test
	void refusesUnknownPermalinkParametersAndMixingBothForms() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResponderArguments
				.parse(new String[] { "--interface", "eth0", "--permalink", "pool=a.b&colour=red" }))
			.withMessageContaining("unknown input \"colour\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResponderArguments
				.parse(new String[] { "--interface", "eth0", "--permalink", "pool=a.b", "--sba", "sba.branch.local" }))
			.withMessageContaining("not both");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResponderArguments
				.parse(new String[] { "--interface", "eth0", "--pool", "a.b", "--pool", "c.d" }))
			.withMessageContaining("--pool is given twice");
	}

	@Test
	void refusesUnknownFlagsAndMissingValues() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResponderArguments.parse(new String[] { "--interface", "eth0", "--vendor", "isc" }))
			.withMessage("unknown argument --vendor");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResponderArguments.parse(new String[] { "--interface", "eth0", "--pool" }))
			.withMessage("--pool needs a value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResponderArguments.parse(new String[] { "--pool", "lync.schertz.local" }))
			.withMessageStartingWith("--interface NAME is required");
	}

	@Test
	void interfaceNameFitsIfnamsiz() {
		assertThat(ResponderArguments.parse(new String[] { "--interface", "a".repeat(15) }).interfaceName())
			.hasSize(15);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResponderArguments.parse(new String[] { "--interface", "a".repeat(16) }))
			.withMessageContaining("1 to 15");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResponderArguments.parse(new String[] { "--interface", "eth0;reboot" }));
	}

	@Test
	void readsAPermalinkUpToItsLimit() {
		String atLimit = "pool=" + "a".repeat(ResponderArguments.MAX_PERMALINK - 5);

		assertThat(ResponderArguments.permalinkInputs(atLimit)).containsKey("pool");
		assertThatIllegalArgumentException().isThrownBy(() -> ResponderArguments.permalinkInputs(atLimit + "a"))
			.withMessageContaining("at most " + ResponderArguments.MAX_PERMALINK);
	}

	@Test
	void helpNeedsNothingElse() {
		assertThat(ResponderArguments.parse(new String[] { "--help" }).help()).isTrue();
	}

}
