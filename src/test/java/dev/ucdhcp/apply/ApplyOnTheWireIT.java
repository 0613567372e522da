package dev.ucdhcp.apply;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.RealParts;
import dev.ucdhcp.support.wire.NetnsLink;
import dev.ucdhcp.support.wire.ProbeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code apply kea} proven on the wire: kea-dhcp4 runs in the server namespace with the
 * admin's baseline (its subnet 192.0.2.0/24 and pool, no phone options), the Control
 * Agent on 127.0.0.1 outside reaches it through its control socket file, and a phone's
 * DHCPINFORM gets exactly the encoding core's options 43 and 120 only after the apply,
 * and no longer after the rollback.
 */
class ApplyOnTheWireIT {

	/** One branch on the link's subnet, and the same as one of many sites. */
	static List<Map<String, String>> inputs() {
		return List.of(
				Map.of("pool", "lync.schertz.local", "sba", "sba01.branch.schertz.local", "scope", "192.0.2.0/24"),
				Map.of("pool", "lync.schertz.local", "sites",
						"hq,198.51.100.0/24\nbranch,192.0.2.0/24,sba01.branch.schertz.local"));
	}

	@TempDir
	Path dir;

	@BeforeEach
	void needsRootIpAndKea() {
		RealParts.requireRoot("The wire tests");
		RealParts.requireIp();
		KeaUnderTest.require();
	}

	@ParameterizedTest
	@MethodSource("inputs")
	void aPhoneGetsExactlyOurOptionsAfterApplyAndNotAfterRollback(Map<String, String> inputs) {
		PhoneProvisioning provisioning = ProvisioningInputs.parse(inputs).provisioning().orElseThrow();
		PhoneProvisioning link192 = provisioning.sites().isEmpty() ? provisioning : provisioning.perSite().get(1);
		try (NetnsLink link = NetnsLink.create();
				KeaUnderTest kea = KeaUnderTest.start(this.dir,
						KeaUnderTest.baseline(this.dir, (dhcp4) -> listenOn(dhcp4, link.serverInterface())),
						NetnsLink.inside(link.serverNamespace(), List.of()), Optional.empty())) {
			ProbeRun.Reply before = inform(link, kea);
			assertThat(before.option(43)).isEmpty();
			assertThat(before.option(120)).isEmpty();

			List<String> args = new ArrayList<>(List.of("kea", "--control-agent", kea.agentUrl(), "--yes"));
			inputs.forEach((name, value) -> args.addAll(List.of("--" + name, value)));
			KeaUnderTest.Result applied = KeaUnderTest.apply(args.toArray(String[]::new));
			assertThat(applied.exit()).as(applied.all() + kea.logs()).isZero();

			ProbeRun.Reply phone = inform(link, kea);
			assertThat(phone.received()).isEqualTo("DHCPACK");
			assertThat(phone.option(120)).contains(hex(link192.option120().bytes()));
			assertThat(phone.option(43)).contains(hex(provisioning.option43().bytes()));
			ProbeRun.Outcome other = ProbeRun.inside(link, "--inform", "--vendor-class", "Polycom-Other");
			assertThat(other.reply("DHCPINFORM").orElseThrow().option(43)).as(other.output()).isEmpty();

			KeaUnderTest.Result rollback = KeaUnderTest.apply("kea", "--control-agent", kea.agentUrl(), "--rollback");
			assertThat(rollback.exit()).as(rollback.all()).isZero();
			ProbeRun.Reply after = inform(link, kea);
			assertThat(after.option(43)).isEmpty();
			assertThat(after.option(120)).isEmpty();
		}
	}

	private static ObjectNode listenOn(ObjectNode dhcp4, String device) {
		dhcp4.putObject("interfaces-config").putArray("interfaces").add(device);
		return dhcp4;
	}

	private static ProbeRun.Reply inform(NetnsLink link, KeaUnderTest kea) {
		ProbeRun.Outcome outcome = ProbeRun.inside(link, "--inform");
		return outcome.reply("DHCPINFORM")
			.orElseThrow(() -> new AssertionError("no reply to DHCPINFORM\n" + outcome.output() + kea.logs()));
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

}
