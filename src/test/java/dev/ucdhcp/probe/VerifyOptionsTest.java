package dev.ucdhcp.probe;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.cli.Cli;
import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.PhoneProvisioning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rollout flags, the comparison's explanations and the relay's bytes, without a
 * network.
 */
class VerifyOptionsTest {

	@Test
	void readsExpectedInputsFromAPermalinkOrFromFlags() {
		ProbeArguments fromLink = parse("--expect", "https://u.example/?pool=lync.schertz.local&vendor=isc");
		ProbeArguments fromFlags = parse("--pool", "lync.schertz.local", "--json");

		assertThat(fromLink.verify().inputs()).containsExactlyEntriesOf(Map.of("pool", "lync.schertz.local"));
		assertThat(fromFlags.verify().inputs()).isEqualTo(fromLink.verify().inputs());
		assertThat(fromFlags.verify().json()).isTrue();
		assertThat(parse().verify()).isEqualTo(VerifyOptions.NONE);
	}

	@Test
	void readsAPermalinkOfExactlyTheLimitAndRefusesOneCharacterMore() {
		String base = "https://u.example/?pool=lync.schertz.local&vendor=isc&x=";
		String atLimit = "https://u.example/?pool=lync.schertz.local#"
				+ "a".repeat(VerifyOptions.MAX_PERMALINK - "https://u.example/?pool=lync.schertz.local#".length());
		assertThat(atLimit).hasSize(VerifyOptions.MAX_PERMALINK);

		assertThat(parse("--expect", atLimit).verify().expects()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--expect", atLimit + "a"))
			.withMessage("--expect is 32769 characters; at most 32768 are read");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--expect", base))
			.withMessageStartingWith("--expect: unknown input \"x\"");
	}

	@Test
	void relayingNeedsTheServerAndSitesNeedSites() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--link-selection", "198.51.100.0/24"))
			.withMessageContaining("give --server IP");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--server", "192.0.2.1", "--sites", "https://u.example/?pool=lync.example"))
			.withMessageContaining("that permalink has no sites");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--server", "192.0.2.1", "--link-selection", "198.51.100.1/24"))
			.withMessageContaining("did you mean 198.51.100.0/24");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--selection-by", "5"))
			.withMessage("--selection-by wants 82, 118 or both, not 5");
	}

	@Test
	void explainsTheFirstDifferingLabelAndSubOption() {
		PhoneProvisioning want = PhoneProvisioning.of(Fqdn.parse("lync.schertz.lokal"));
		PhoneProvisioning got = PhoneProvisioning.of(Fqdn.parse("lync.schertz.local"));

		assertThat(OptionDifference.explain(120, want.option120().bytes(), got.option120().bytes()))
			.isEqualTo("registrar 1 should be lync.schertz.lokal; the server gives lync.schertz.local"
					+ " (label 3: \"local\", not \"lokal\")");
		assertThat(OptionDifference.explain(43, want.option43().bytes(), got.option43().bytes()))
			.isEqualTo("sub-option 3 (Web Server FQDN) should be \"lync.schertz.lokal\"; the server gives"
					+ " \"lync.schertz.local\"");
		assertThat(OptionDifference.explain(120, want.option120().bytes(), HexFormat.of().parseHex("01C0000201")))
			.isEqualTo("encoding 1 (addresses) where ucdhcp renders encoding 0 (names)");
	}

	@Test
	void relaysWithOption118AndOption82SubOption5Last() throws Exception {
		LinkSelection both = new LinkSelection(Ipv4Network.parse("198.51.100.0/24"), VerifyOptions.SelectBy.BOTH);
		PhoneClient.Relay relay = both.relay((Inet4Address) InetAddress.getByName("192.0.2.10"));

		assertThat(relay.options().keySet()).containsExactly(118, 82);
		assertThat(relay.options().get(118)).containsExactly(198, 51, 100, 1);
		assertThat(relay.options().get(82)).containsExactly(5, 4, 198, 51, 100, 1);
		assertThat(new LinkSelection(Ipv4Network.parse("198.51.100.0/24"), VerifyOptions.SelectBy.RAI)
			.relay((Inet4Address) InetAddress.getByName("192.0.2.10"))
			.options()
			.keySet()).containsExactly(82);
	}

	@Test
	void writesJsonThatEscapesEveryControlCharacter() {
		assertThat(Json.write(Map.of("a", List.of("x\"\\\n\u0001", 1, true, Optional.empty()))))
			.isEqualTo("{\"a\":[\"x\\\"\\\\\\n\\u0001\",1,true,null]}");
	}

	/** The probe's options as {@code java -jar ucdhcp.jar probe} reads them. */
	private static ProbeArguments parse(String... args) {
		ProbeCommand command = new ProbeCommand(System.out, System.err);
		Cli.parse(command, args);
		return command.arguments();
	}

}
