package dev.ucdhcp.probe.wire;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.Queries;
import dev.ucdhcp.support.RealParts;
import dev.ucdhcp.support.wire.ProbeRun;
import dev.ucdhcp.support.wire.RunningDaemon;
import dev.ucdhcp.support.wire.TwoSubnetLink;
import dev.ucdhcp.support.wire.WireServer;
import dev.ucdhcp.vendors.Target;
import dev.ucdhcp.vendors.TargetRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Proof on the wire for {@code sites}: one server on two networks loads the combined file
 * exactly as rendered, and a phone on each network gets the central option 43 and its own
 * site's option 120, byte for byte (Berlin's SBA by name, encoding 0; Paris's by address,
 * encoding 1), while a client without option 60 gets no option 43. On ISC this also
 * proves the per-site option 120 is not in the phone class, where it would override the
 * subnet's (reference notes §5.6).
 */
class SitesOnTheWireIT {

	private static final String SITES = "berlin,192.0.2.0/24,sba.berlin.schertz.local\n"
			+ "paris,198.51.100.0/24,203.0.113.5";

	@TempDir
	Path dir;

	@BeforeEach
	void needsRootIpAndTheDaemons() {
		RealParts.requireRoot("The wire tests");
		RealParts.requireIp();
	}

	@ParameterizedTest(name = "{0}: each site's phones get their own option 120")
	@EnumSource(WireServer.class)
	void eachSubnetGetsItsOwnSitesOption120AndTheCentralOption43(WireServer server) {
		RealParts.requireExecutable(server.executable(), server.aptPackage());
		PhoneProvisioning provisioning = ProvisioningInputs.parse(Map.of("pool", "lync.schertz.local", "sites", SITES))
			.provisioning()
			.orElseThrow();
		List<PhoneProvisioning> sites = provisioning.perSite();
		assertThat(hex(sites.get(1).option120().bytes())).as("Paris: encoding 1").isEqualTo("01CB007105");
		Target target = new TargetRegistry().find(server.targetId()).orElseThrow();
		String rendered = target.render(provisioning, (shown) -> Queries.permalink(shown, target));
		try (TwoSubnetLink link = TwoSubnetLink.create();
				RunningDaemon daemon = server.start(link.serverNamespace(), link.serverInterfaces(), rendered,
						provisioning, this.dir)) {
			for (int i = 0; i < sites.size(); i++) {
				TwoSubnetLink.Subnet subnet = link.subnets().get(i);
				assertThat(sites.get(i).scope().orElseThrow()).hasToString(subnet.network());
				ProbeRun.Outcome phone = probe(subnet, "--discover", "--inform");
				for (String sent : List.of("DHCPINFORM", "DHCPDISCOVER")) {
					ProbeRun.Reply reply = replyTo(phone, sent, daemon);
					String context = subnet.network() + " " + sent + "\n--- probe ---\n" + phone.output()
							+ "\n--- daemon ---\n" + daemon.log() + "\n--- rendered ---\n" + rendered;
					assertThat(reply.received()).as(context)
						.isEqualTo("DHCPINFORM".equals(sent) ? "DHCPACK" : "DHCPOFFER");
					assertThat(reply.option(120)).as(context).contains(hex(sites.get(i).option120().bytes()));
					assertThat(reply.option(43)).as(context)
						.contains(hex(provisioning.option43().bytes()) + server.option43Trailer());
				}
				ProbeRun.Outcome other = probe(subnet, "--discover", "--inform", "--no-vendor-class");
				for (String sent : List.of("DHCPINFORM", "DHCPDISCOVER")) {
					assertThat(replyTo(other, sent, daemon).option(43)).as(other.output()).isEmpty();
				}
			}
		}
	}

	private static ProbeRun.Outcome probe(TwoSubnetLink.Subnet subnet, String... args) {
		return ProbeRun.inside(subnet.clientNamespace(), subnet.clientInterface(), subnet.serverAddress(), args);
	}

	private static ProbeRun.Reply replyTo(ProbeRun.Outcome outcome, String sent, RunningDaemon daemon) {
		return outcome.reply(sent)
			.orElseGet(() -> fail(
					"no reply to " + sent + ".\nProbe:\n" + outcome.output() + "\nDaemon:\n" + daemon.log()));
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

}
