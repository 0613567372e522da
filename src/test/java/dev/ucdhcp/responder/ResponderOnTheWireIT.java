package dev.ucdhcp.responder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.RealParts;
import dev.ucdhcp.support.wire.Commands;
import dev.ucdhcp.support.wire.NetnsLink;
import dev.ucdhcp.support.wire.ProbeRun;
import dev.ucdhcp.support.wire.ResponderRun;
import dev.ucdhcp.support.wire.RunningDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The responder on the wire, in a pair of network namespaces: the project's probe,
 * Debian's dhcping and nmap's dhcp-discover script ask it; it answers DHCPINFORM with
 * exactly the encoding core's bytes and nothing else.
 */
class ResponderOnTheWireIT {

	private static final String INFORM = "DHCPINFORM";

	private static final String DISCOVER = "DHCPDISCOVER";

	private static final String POOL = "lync.schertz.local";

	private static final String NTP = "192.0.2.123,192.0.2.124";

	/** 134 characters: 43 (201 bytes) and 120 (137 bytes) do not both fit 576 bytes. */
	private static final String VERY_LONG_FQDN = "lync-frontend-pool-01.unified-communications"
			+ ".emea-datacenter-frankfurt.internal-services.corporate-network.schertz.local";

	/** Drops root but keeps the one capability the systemd unit grants. */
	private static final List<String> AS_NOBODY = List.of("setpriv", "--reuid=65534", "--regid=65534",
			"--clear-groups");

	private static final List<String> AS_NOBODY_WITH_BIND_CAPABILITY = List.of("setpriv", "--reuid=65534",
			"--regid=65534", "--clear-groups", "--inh-caps=+net_bind_service", "--ambient-caps=+net_bind_service");

	@TempDir
	Path dir;

	@BeforeEach
	void needsRootAndIp() {
		RealParts.requireRoot("The responder's wire tests");
		RealParts.requireIp();
	}

	@Test
	void givesAPhoneExactlyOurBytesByUnicastAndBroadcastInformAndNeverAnswersDiscover() {
		PhoneProvisioning provisioning = provisioning(Map.of("pool", POOL, "ntp", NTP));
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon responder = ResponderRun.start(link.serverNamespace(), link.serverInterface(),
						this.dir.resolve("responder.log"), "--pool", POOL, "--ntp", NTP)) {
			ProbeRun.Outcome unicast = ProbeRun.inside(link, "--discover", "--inform");
			ProbeRun.Outcome broadcast = ProbeRun.inside(link.clientNamespace(), link.clientInterface(),
					List.of("--inform"));

			for (ProbeRun.Outcome phone : List.of(unicast, broadcast)) {
				ProbeRun.Reply reply = phone.reply(INFORM)
					.orElseThrow(() -> new AssertionError(
							"no reply to the INFORM\n" + phone.output() + "\n--- responder ---\n" + responder.log()));
				assertThat(reply.received()).isEqualTo("DHCPACK");
				assertThat(reply.server()).isEqualTo(NetnsLink.SERVER_ADDRESS);
				assertThat(reply.options()).containsExactly(Map.entry(53, "05"), Map.entry(54, "C0000201"),
						Map.entry(42, hex(provisioning.ntp().orElseThrow().bytes())),
						Map.entry(43, hex(provisioning.option43().bytes())),
						Map.entry(120, hex(provisioning.option120().bytes())));
			}
			assertThat(unicast.reply(DISCOVER)).as(unicast.output()).isEmpty();
			assertThat(responder.log()).contains("DHCPDISCOVER: this responder never leases an address");
			assertThat(ResponderRun.answers(responder)).hasSize(2)
				.allMatch((line) -> line.contains("ciaddr 192.0.2.10 vendor-class \"MS-UC-Client\": DHCPACK to"
						+ " 192.0.2.10:68 with options 42 43 120"));
		}
	}

	@Test
	void givesOtherClientsOption120AndNever43() {
		PhoneProvisioning provisioning = provisioning(Map.of("pool", POOL));
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon responder = ResponderRun.start(link.serverNamespace(), link.serverInterface(),
						this.dir.resolve("responder.log"), "--pool", POOL)) {
			for (List<String> notAPhone : List.of(List.of("--no-vendor-class"),
					List.of("--vendor-class", "MS-UC-Client-Beta"))) {
				ProbeRun.Outcome other = ProbeRun.inside(link,
						concat(List.of("--inform"), notAPhone).toArray(String[]::new));
				ProbeRun.Reply reply = other.reply(INFORM)
					.orElseThrow(() -> new AssertionError(other.output() + "\n--- responder ---\n" + responder.log()));
				assertThat(reply.option(120)).as(other.output()).contains(hex(provisioning.option120().bytes()));
				assertThat(reply.option(43)).as(other.output()).isEmpty();
				assertThat(other.exitCode()).as(other.output()).isZero();
			}
		}
	}

	@Test
	void answersWithTheSiteWhoseScopeHoldsThePhoneFromAPermalink() {
		String permalink = "http://localhost:8080/?pool=lync.schertz.local&vendor=isc&sites="
				+ "far%2C198.51.100.0%2F24%2Csba02.far.schertz.local%0Abranch%2C192.0.2.0%2F24%2Csba01.branch.schertz.local";
		PhoneProvisioning branch = provisioning(Map.of("pool", POOL, "sba", "sba01.branch.schertz.local"));
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon responder = ResponderRun.start(link.serverNamespace(), link.serverInterface(),
						this.dir.resolve("responder.log"), "--permalink", permalink)) {
			ProbeRun.Outcome phone = ProbeRun.inside(link, "--inform");

			ProbeRun.Reply reply = phone.reply(INFORM)
				.orElseThrow(() -> new AssertionError(phone.output() + "\n--- responder ---\n" + responder.log()));
			assertThat(reply.option(120)).contains(hex(branch.option120().bytes()));
			assertThat(reply.option(43)).contains(hex(branch.option43().bytes()));
			assertThat(ResponderRun.answers(responder)).singleElement()
				.asString()
				.contains(" site branch with options");
		}
	}

	@Test
	void leavesOutWhatDoesNotFitUnlessThePhoneAnnouncesLargerMessages() {
		PhoneProvisioning provisioning = provisioning(Map.of("pool", VERY_LONG_FQDN));
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon responder = ResponderRun.start(link.serverNamespace(), link.serverInterface(),
						this.dir.resolve("responder.log"), "--pool", VERY_LONG_FQDN)) {
			ProbeRun.Reply small = ProbeRun.inside(link, "--inform").reply(INFORM).orElseThrow();
			ProbeRun.Reply large = ProbeRun.inside(link, "--inform", "--max-message-size", "1500")
				.reply(INFORM)
				.orElseThrow();

			assertThat(small.option(120)).contains(hex(provisioning.option120().bytes()));
			assertThat(small.option(43)).isEmpty();
			assertThat(responder.log()).contains("with options 120; left out 43: no room within 548 bytes");
			assertThat(large.option(120)).contains(hex(provisioning.option120().bytes()));
			assertThat(large.option(43)).contains(hex(provisioning.option43().bytes()));
		}
	}

	@Test
	void debiansDhcpingGetsAnAnswerToItsInform() {
		RealParts.requireExecutable("/usr/sbin/dhcping", "dhcping");
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon responder = ResponderRun.start(link.serverNamespace(), link.serverInterface(),
						this.dir.resolve("responder.log"), "--pool", POOL)) {
			Commands.Result dhcping = Commands.run(Duration.ofSeconds(20),
					NetnsLink.inside(link.clientNamespace(), List.of("/usr/sbin/dhcping", "-i", "-v", "-t", "5", "-c",
							NetnsLink.CLIENT_ADDRESS, "-s", NetnsLink.SERVER_ADDRESS, "-h", "02:00:5e:00:00:99")));

			assertThat(dhcping.exitCode()).as(dhcping.output() + "\n--- responder ---\n" + responder.log()).isZero();
			assertThat(dhcping.output()).contains("Got answer from: " + NetnsLink.SERVER_ADDRESS);
			// dhcping asks only for option 1 (subnet mask), which is not the responder's
			assertThat(ResponderRun.answers(responder)).singleElement()
				.asString()
				.contains("from 02:00:5e:00:00:99 ciaddr 192.0.2.10 vendor-class none: DHCPACK to 192.0.2.10:68"
						+ " with options none");
		}
	}

	/**
	 * nmap 7.93's DHCP library does not know option 120 and never asks for it, so what it
	 * can show is the DHCPACK itself and that it carries no option 43.
	 */
	@Test
	void nmapsDhcpDiscoverScriptGetsADhcpAck() {
		RealParts.requireExecutable("/usr/bin/nmap", "nmap");
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon responder = ResponderRun.start(link.serverNamespace(), link.serverInterface(),
						this.dir.resolve("responder.log"), "--pool", POOL)) {
			Commands.Result nmap = Commands.run(Duration.ofSeconds(90),
					NetnsLink.inside(link.clientNamespace(), List.of("/usr/bin/nmap", "-v", "-n", "-Pn", "-sU", "-p",
							"67", "--script", "dhcp-discover", NetnsLink.SERVER_ADDRESS)));

			String context = nmap.output() + "\n--- responder ---\n" + responder.log();
			assertThat(nmap.exitCode()).as(context).isZero();
			assertThat(nmap.output()).as(context)
				.contains("DHCP Message Type: DHCPACK")
				.contains("Server Identifier: " + NetnsLink.SERVER_ADDRESS)
				.doesNotContain("Vendor Specific Information");
			assertThat(ResponderRun.answers(responder)).as(context).isNotEmpty();
		}
	}

	@Test
	void stopsCleanlyOnSigterm() {
		try (NetnsLink link = NetnsLink.create()) {
			RunningDaemon responder = ResponderRun.start(link.serverNamespace(), link.serverInterface(),
					this.dir.resolve("responder.log"), "--pool", POOL);

			assertThat(responder.stop()).as(responder.log()).isZero();
			assertThat(responder.log()).contains(" INFO stopped");
		}
	}

	@Test
	void saysWhenPort67IsTakenOrNotPermittedAndRunsWithTheCapabilityAlone() {
		RealParts.requireExecutable("/usr/bin/setpriv", "util-linux");
		try (NetnsLink link = NetnsLink.create()) {
			try (RunningDaemon first = ResponderRun.start(link.serverNamespace(), link.serverInterface(),
					this.dir.resolve("first.log"), "--pool", POOL)) {
				Commands.Result second = ResponderRun.attempt(link.serverNamespace(), List.of(), link.serverInterface(),
						"--pool", POOL);
				assertThat(second.exitCode()).as(second.output()).isEqualTo(2);
				assertThat(second.output()).contains("UDP port 67 is taken");
				assertThat(first.alive()).as(first.log()).isTrue();
			}
			Commands.Result unprivileged = ResponderRun.attempt(link.serverNamespace(), AS_NOBODY,
					link.serverInterface(), "--pool", POOL);
			assertThat(unprivileged.exitCode()).as(unprivileged.output()).isEqualTo(2);
			assertThat(unprivileged.output()).contains("not permitted to listen on UDP port 67")
				.contains("CAP_NET_BIND_SERVICE");
			try (RunningDaemon capable = ResponderRun.start(link.serverNamespace(), AS_NOBODY_WITH_BIND_CAPABILITY,
					link.serverInterface(), this.dir.resolve("capable.log"), "--pool", POOL)) {
				ProbeRun.Outcome phone = ProbeRun.inside(link, "--inform");
				assertThat(phone.exitCode()).as(phone.output() + "\n" + capable.log()).isZero();
			}
		}
	}

	static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	private static PhoneProvisioning provisioning(Map<String, String> inputs) {
		return ProvisioningInputs.parse(inputs).provisioning().orElseThrow();
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

}
