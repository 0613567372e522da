package dev.ucdhcp.probe.wire;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.Queries;
import dev.ucdhcp.support.RealParts;
import dev.ucdhcp.support.wire.NetnsLink;
import dev.ucdhcp.support.wire.ProbeRun;
import dev.ucdhcp.support.wire.RunningDaemon;
import dev.ucdhcp.support.wire.WireServer;
import dev.ucdhcp.vendors.Target;
import dev.ucdhcp.vendors.TargetRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Proof on the wire: ISC dhcpd, Kea and dnsmasq, each loaded with the file our renderer
 * writes, answer a phone's DHCPINFORM and DHCPDISCOVER (option 60 {@code MS-UC-Client})
 * with exactly the encoding core's option 120 and 43 bytes, and give option 43 to nobody
 * else. Each case builds its own pair of network namespaces on 192.0.2.0/24 and removes
 * them again, also when it fails.
 */
class ProbeOnTheWireIT {

	private static final String INFORM = "DHCPINFORM";

	private static final String DISCOVER = "DHCPDISCOVER";

	/**
	 * 89 characters: options 43 (156 bytes) and 120 (92 bytes) still fit the 576-byte
	 * reply a server sends a client that announces no larger size (no option 57).
	 */
	private static final String LONG_FQDN = "lync-frontend-pool-01.unified-communications.emea-datacenter-frankfurt"
			+ ".corp.schertz.local";

	/**
	 * 134 characters: 43 (201 bytes) and 120 (137 bytes) no longer fit 576 bytes; without
	 * option 57 ISC drops 120 from the DHCPACK to an INFORM and dnsmasq drops 43.
	 */
	private static final String VERY_LONG_FQDN = "lync-frontend-pool-01.unified-communications"
			+ ".emea-datacenter-frankfurt.internal-services.corporate-network.schertz.local";

	@TempDir
	Path dir;

	@BeforeEach
	void needsRootIpAndTheDaemons() {
		RealParts.requireRoot("The wire tests");
		RealParts.requireIp();
	}

	/** An input set, and what the phone adds to its requests. */
	record Case(String name, Map<String, String> raw, List<String> phoneArguments) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Arguments> cases() {
		List<Case> inputs = List.of(
				new Case("seed example (front end pool)", Map.of("pool", "lync.schertz.local"), List.of()),
				new Case("director", Map.of("pool", "lync.schertz.local", "director", "dir01.schertz.local"),
						List.of()),
				new Case("branch SBA with scope",
						Map.of("pool", "lync.schertz.local", "sba", "sba01.branch.schertz.local", "scope",
								"192.0.2.0/24"),
						List.of()),
				new Case("long FQDN", Map.of("pool", LONG_FQDN), List.of()),
				// case is kept as typed; dnsmasq would lower-case a name given as text
				new Case("mixed-case FQDN", Map.of("pool", "Lync.Schertz.Local"), List.of()),
				new Case("very long FQDN, phone announcing 1500-byte messages (option 57)",
						Map.of("pool", VERY_LONG_FQDN), List.of("--max-message-size", "1500")),
				new Case("NTP", Map.of("pool", "lync.schertz.local", "ntp", "192.0.2.123,192.0.2.124"), List.of()));
		return Stream.of(WireServer.values())
			.flatMap((server) -> inputs.stream().map((input) -> Arguments.of(server, input)));
	}

	@ParameterizedTest(name = "{0} gives a phone the exact bytes: {1}")
	@MethodSource("cases")
	void answersAPhoneWithExactlyOurBytes(WireServer server, Case input) {
		Map<String, String> raw = input.raw();
		RealParts.requireExecutable(server.executable(), server.aptPackage());
		PhoneProvisioning provisioning = ProvisioningInputs.parse(raw).provisioning().orElseThrow();
		Target target = new TargetRegistry().find(server.targetId()).orElseThrow();
		String rendered = target.render(provisioning, Queries.permalink(provisioning, target));
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon daemon = server.start(link, rendered, provisioning, this.dir)) {
			ProbeRun.Outcome phone = ProbeRun.inside(link,
					Stream.concat(Stream.of("--discover", "--inform"), input.phoneArguments().stream())
						.toArray(String[]::new));
			for (String sent : List.of(INFORM, DISCOVER)) {
				ProbeRun.Reply reply = replyTo(phone, sent, daemon);
				String context = context(sent, phone, daemon, rendered);
				assertThat(reply.received()).as(context).isEqualTo(INFORM.equals(sent) ? "DHCPACK" : "DHCPOFFER");
				assertThat(reply.option(120)).as(context).contains(hex(provisioning.option120().bytes()));
				assertThat(reply.option(43)).as(context)
					.contains(hex(provisioning.option43().bytes()) + server.option43Trailer());
				provisioning.ntp()
					.ifPresent((ntp) -> assertThat(reply.option(42)).as(context).contains(hex(ntp.bytes())));
			}
			assertThat(phone.exitCode()).as(phone.output()).isZero();
			for (List<String> notAPhone : List.of(List.of("--vendor-class", "Polycom-Other"),
					List.of("--no-vendor-class"))) {
				ProbeRun.Outcome other = ProbeRun.inside(link,
						Stream.concat(Stream.of("--discover", "--inform"), notAPhone.stream()).toArray(String[]::new));
				for (String sent : List.of(INFORM, DISCOVER)) {
					ProbeRun.Reply reply = replyTo(other, sent, daemon);
					assertThat(reply.option(43)).as(context(sent, other, daemon, rendered)).isEmpty();
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}: a vendor class that merely contains MS-UC-Client")
	@EnumSource(WireServer.class)
	void matchesVendorClassAsDocumented(WireServer server) {
		RealParts.requireExecutable(server.executable(), server.aptPackage());
		PhoneProvisioning provisioning = PhoneProvisioning.of(Fqdn.parse("lync.schertz.local"));
		Target target = new TargetRegistry().find(server.targetId()).orElseThrow();
		String rendered = target.render(provisioning, Queries.permalink(provisioning, target));
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon daemon = server.start(link, rendered, provisioning, this.dir)) {
			ProbeRun.Outcome beta = ProbeRun.inside(link, "--inform", "--vendor-class", "MS-UC-Client-Beta");
			ProbeRun.Reply reply = replyTo(beta, INFORM, daemon);
			if (server.matchesVendorClassExactly()) {
				assertThat(reply.option(43)).as(beta.output()).isEmpty();
			}
			else {
				assertThat(reply.option(43)).as(beta.output()).contains(hex(provisioning.option43().bytes()));
				assertThat(beta.exitCode()).as("the probe calls this too broad").isEqualTo(1);
			}
		}
	}

	private static ProbeRun.Reply replyTo(ProbeRun.Outcome outcome, String sent, RunningDaemon daemon) {
		return outcome.reply(sent)
			.orElseGet(() -> fail(
					"no reply to " + sent + ".\nProbe:\n" + outcome.output() + "\nDaemon:\n" + daemon.log()));
	}

	private static String context(String sent, ProbeRun.Outcome outcome, RunningDaemon daemon, String rendered) {
		return sent + "\n--- probe ---\n" + outcome.output() + "\n--- daemon ---\n" + daemon.log()
				+ "\n--- rendered ---\n" + rendered;
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

}
