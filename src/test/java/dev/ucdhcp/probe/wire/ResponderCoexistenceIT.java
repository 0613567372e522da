package dev.ucdhcp.probe.wire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.support.RealParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The branch the responder is for: a DHCP server that cannot be changed hands out the
 * leases, and the responder, on another host of the same segment, answers the phones'
 * DHCPINFORM. ISC dhcpd in its default configuration (no {@code authoritative;}) leases
 * and ignores DHCPINFORM; the responder ignores DISCOVER and REQUEST. The phone-like
 * client (dhclient sending option 60 MS-UC-Client, then the probe's INFORM from the
 * leased address) ends with its address from dhcpd and options 120 and 43 from the
 * responder.
 */
class ResponderCoexistenceIT {

	private static final String DHCPD = "192.0.2.1";

	private static final String RESPONDER = "192.0.2.2";

	private static final String POOL = "lync.schertz.local";

	private static final Duration READY_LIMIT = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	@BeforeEach
	void needsRootAndTheDaemons() {
		RealParts.requireRoot("The coexistence test");
		RealParts.requireExecutable("/usr/sbin/dhcpd", "isc-dhcp-server");
		RealParts.requireExecutable("/usr/sbin/dhclient", "isc-dhcp-client");
	}

	@Test
	void dhcpdLeasesAndIgnoresTheInformTheResponderAnswersIt() throws IOException {
		PhoneProvisioning provisioning = PhoneProvisioning.of(Fqdn.parse(POOL));
		try (NetnsSegment segment = NetnsSegment.create(DHCPD + "/24", RESPONDER + "/24", "");
				RunningDaemon dhcpd = dhcpd(segment.host(0));
				RunningDaemon responder = ResponderRun.start(segment.host(1).namespace(), segment.host(1).device(),
						this.dir.resolve("responder.log"), "--pool", POOL);
				RunningDaemon dhclient = dhclient(segment.host(2))) {
			String lease = Files.readString(this.dir.resolve("dhclient.leases"));
			assertThat(lease).contains("option dhcp-server-identifier " + DHCPD + ";")
				.containsPattern("fixed-address 192\\.0\\.2\\.(1\\d\\d|200);");
			// A phone is one program; here dhclient would take the DHCPACK meant for the
			// probe
			// (both on port 68), so it ends, leaving its lease on the interface as a
			// phone keeps it.
			dhclient.stop();
			assertThat(Commands.check(Duration.ofSeconds(10), "ip", "-n", segment.host(2).namespace(), "-4", "addr",
					"show", "dev", segment.host(2).device()))
				.containsPattern("inet 192\\.0\\.2\\.(1\\d\\d|200)/24");

			ProbeRun.Outcome phone = ProbeRun.inside(segment.host(2).namespace(), segment.host(2).device(),
					List.of("--inform"));

			String context = phone.output() + "\n--- dhcpd ---\n" + dhcpd.log() + "\n--- responder ---\n"
					+ responder.log() + "\n--- dhclient ---\n" + dhclient.log();
			ProbeRun.Reply reply = phone.reply("DHCPINFORM").orElseThrow(() -> new AssertionError(context));
			assertThat(reply.server()).as(context).isEqualTo(RESPONDER);
			assertThat(reply.option(120)).as(context).contains(hex(provisioning.option120().bytes()));
			assertThat(reply.option(43)).as(context).contains(hex(provisioning.option43().bytes()));
			assertThat(phone.output().lines().filter((line) -> line.startsWith("wire ")))
				.as("no answer from dhcpd: " + context)
				.allMatch((line) -> line.contains(" " + RESPONDER + " "));
			assertThat(dhcpd.log()).as(context)
				.containsPattern("DHCPINFORM from 192\\.0\\.2\\.\\d+ via " + segment.host(0).device()
						+ ": not authoritative for subnet 192\\.0\\.2\\.0");
			assertThat(responder.log()).as(context)
				.contains("DHCPDISCOVER: this responder never leases an address")
				.contains("DHCPREQUEST: this responder never leases an address");
		}
	}

	/**
	 * The other side of the branch: a DHCP server that answers DHCPINFORM itself. Kea 2.2
	 * does so even with {@code "authoritative": false}, and being C it answers before the
	 * JVM; a phone takes the first DHCPACK, which carries neither 43 nor 120. Kea's
	 * special class DROP silences it for the phones' INFORMs alone.
	 */
	@Test
	void aNonAuthoritativeKeaAnswersInformsAndWinsTheRaceUntilItsDropClassSilencesIt() throws IOException {
		RealParts.requireExecutable("/usr/sbin/kea-dhcp4", "kea-dhcp4-server");
		try (NetnsSegment segment = NetnsSegment.create(DHCPD + "/24", RESPONDER + "/24", "192.0.2.10/24");
				RunningDaemon responder = ResponderRun.start(segment.host(1).namespace(), segment.host(1).device(),
						this.dir.resolve("responder.log"), "--pool", POOL)) {
			NetnsSegment.Host phone = segment.host(2);
			Commands.check(Duration.ofSeconds(10), "ip", "-n", phone.namespace(), "route", "add", "default", "via",
					DHCPD);
			List<String> first = new ArrayList<>();
			try (RunningDaemon kea = kea(segment.host(0), "")) {
				for (int i = 0; i < 3; i++) {
					ProbeRun.Outcome inform = ProbeRun.inside(phone.namespace(), phone.device(), List.of("--inform"));
					String context = inform.output() + "\n--- kea ---\n" + kea.log() + "\n--- responder ---\n"
							+ responder.log();
					assertThat(servers(inform)).as(context).containsExactlyInAnyOrder(DHCPD, RESPONDER);
					assertThat(inform.output()).as(context).doesNotContain("wire DHCPINFORM DHCPACK " + DHCPD + " 43 ");
					first.add(inform.reply("DHCPINFORM").orElseThrow().server());
				}
			}
			// measured once, and written into the README: Kea first 3 of 3
			System.out.println("first DHCPACK from: " + first);
			assertThat(first).as("the first DHCPACK of each INFORM").contains(DHCPD);
			try (RunningDaemon kea = kea(segment.host(0), """
					, "client-classes": [ { "name": "DROP",
					    "test": "option[53].hex == 0x08 and option[60].text == 'MS-UC-Client'" } ]""")) {
				ProbeRun.Outcome inform = ProbeRun.inside(phone.namespace(), phone.device(), List.of("--inform"));
				String context = inform.output() + "\n--- kea ---\n" + kea.log() + "\n--- responder ---\n"
						+ responder.log();
				assertThat(servers(inform)).as(context).containsExactly(RESPONDER);
				assertThat(inform.reply("DHCPINFORM").flatMap((reply) -> reply.option(43))).as(context)
					.contains(hex(PhoneProvisioning.of(Fqdn.parse(POOL)).option43().bytes()));
			}
		}
	}

	private static List<String> servers(ProbeRun.Outcome outcome) {
		return outcome.output()
			.lines()
			.filter((line) -> line.startsWith("wire DHCPINFORM "))
			.map((line) -> line.split(" ")[3])
			.distinct()
			.toList();
	}

	/** Kea 2.2 serving the phones' subnet, told it is not authoritative. */
	private RunningDaemon kea(NetnsSegment.Host host, String classes) throws IOException {
		Path dir = Files.createDirectories(this.dir.resolve("kea" + (classes.isEmpty() ? "" : "-drop")));
		Path conf = Files.writeString(dir.resolve("kea-dhcp4.json"), """
				{ "Dhcp4": {
				  "interfaces-config": { "interfaces": [ "%s" ] },
				  "lease-database": { "type": "memfile", "persist": false },
				  "authoritative": false,
				  "subnet4": [ { "id": 1, "subnet": "192.0.2.0/24",
				    "pools": [ { "pool": "192.0.2.100 - 192.0.2.200" } ] } ],
				  "loggers": [ { "name": "kea-dhcp4", "severity": "INFO",
				    "output_options": [ { "output": "stdout" } ] } ]%s
				} }
				""".formatted(host.device(), classes));
		RunningDaemon kea = RunningDaemon.start("kea-dhcp4", host.namespace(), List.of("env", "KEA_PIDFILE_DIR=" + dir,
				"KEA_LOCKFILE_DIR=" + dir, "/usr/sbin/kea-dhcp4", "-c", conf.toString()), dir.resolve("kea.log"));
		return ready(kea, "DHCP4_STARTED");
	}

	private RunningDaemon dhcpd(NetnsSegment.Host host) throws IOException {
		// Debian's shipped dhcpd.conf with its subnet filled in: "authoritative;" stays
		// commented out, as it is there.
		Path conf = Files.writeString(this.dir.resolve("dhcpd.conf"), """
				default-lease-time 600;
				max-lease-time 7200;
				ddns-update-style none;
				subnet 192.0.2.0 netmask 255.255.255.0 {
				  range 192.0.2.100 192.0.2.200;
				  option routers 192.0.2.1;
				}
				""");
		Path leases = Files.writeString(this.dir.resolve("dhcpd.leases"), "");
		RunningDaemon dhcpd = RunningDaemon.start(
				"dhcpd", host.namespace(), List.of("/usr/sbin/dhcpd", "-4", "-f", "-d", "-cf", conf.toString(), "-lf",
						leases.toString(), "-pf", this.dir.resolve("dhcpd.pid").toString(), host.device()),
				this.dir.resolve("dhcpd.log"));
		return ready(dhcpd, "Server starting service.");
	}

	/**
	 * dhclient as the phone's DHCP side: option 60 MS-UC-Client, and a script that only
	 * sets the leased address and route (never the host's resolv.conf).
	 */
	private RunningDaemon dhclient(NetnsSegment.Host host) throws IOException {
		Path conf = Files.writeString(this.dir.resolve("dhclient.conf"), """
				send vendor-class-identifier "MS-UC-Client";
				request subnet-mask, broadcast-address, routers, domain-name-servers, ntp-servers;
				""");
		Path script = Files.writeString(this.dir.resolve("dhclient-script"), """
				#!/bin/sh
				PATH=/usr/sbin:/usr/bin:/sbin:/bin
				case "$reason" in
				  BOUND|REBOOT)
				    ip addr add "$new_ip_address/24" dev "$interface"
				    for router in $new_routers; do ip route add default via "$router"; break; done ;;
				esac
				exit 0
				""");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		RunningDaemon dhclient = RunningDaemon.start("dhclient", host.namespace(),
				List.of("/usr/sbin/dhclient", "-4", "-d", "-1", "-v", "-cf", conf.toString(), "-sf", script.toString(),
						"-lf", this.dir.resolve("dhclient.leases").toString(), "-pf",
						this.dir.resolve("dhclient.pid").toString(), host.device()),
				this.dir.resolve("dhclient.log"));
		return ready(dhclient, "bound to");
	}

	private static RunningDaemon ready(RunningDaemon daemon, String marker) {
		try {
			return daemon.awaitLog(marker, READY_LIMIT);
		}
		catch (RuntimeException ex) {
			daemon.close();
			throw ex;
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

}
