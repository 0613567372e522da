package dev.ucdhcp.probe.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.Queries;
import dev.ucdhcp.support.RealParts;
import dev.ucdhcp.support.wire.Commands;
import dev.ucdhcp.support.wire.NetnsLink;
import dev.ucdhcp.support.wire.NetnsSegment;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof on the wire for the rollout check ({@code probe --expect / --all-replies /
 * --link-selection / --sites / --json}) against ISC dhcpd, Kea and dnsmasq, each loaded
 * with the file our renderer writes. Namespaces on documentation networks only, removed
 * again by each case.
 */
class VerifyOnTheWireIT {

	private static final String SITES = "berlin,192.0.2.0/24,sba.berlin.schertz.local\n"
			+ "paris,198.51.100.0/24,203.0.113.5";

	private static final String PARIS_120 = "01CB007105";

	@TempDir
	Path dir;

	@BeforeEach
	void needsRootIpAndTheDaemons() {
		RealParts.requireRoot("The wire tests");
		RealParts.requireIp();
	}

	@ParameterizedTest(name = "{0}: --expect says exact, different and missing")
	@EnumSource(WireServer.class)
	void comparesWhatTheServerGivesWithWhatUcdhcpRenders(WireServer server) throws Exception {
		RealParts.requireExecutable(server.executable(), server.aptPackage());
		PhoneProvisioning provisioning = PhoneProvisioning.of(Fqdn.parse("lync.schertz.local"));
		String rendered = render(server, provisioning);
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon daemon = server.start(link, rendered, provisioning, this.dir)) {
			ProbeRun.Outcome exact = ProbeRun.inside(link, "--inform", "--discover", "--expect",
					"http://localhost:8080/?pool=lync.schertz.local&vendor=" + server.targetId());
			assertThat(exact.exitCode()).as(exact.output() + daemon.log()).isZero();
			assertThat(exact.output()).contains("expect option 120 exact", "expect option 43 exact");
			assertThat(count(exact.output(), "expect option 120 exact")).as(exact.output()).isEqualTo(2);

			ProbeRun.Outcome different = ProbeRun.inside(link, "--inform", "--pool", "lync.schertz.lokal", "--ntp",
					"192.0.2.123");
			assertThat(different.exitCode()).as(different.output()).isEqualTo(1);
			assertThat(different.output()).contains(
					"option 120 different: registrar 1 should be lync.schertz.lokal; the server gives"
							+ " lync.schertz.local (label 3: \"local\", not \"lokal\")",
					"option 43 different: sub-option 3 (Web Server FQDN) should be \"lync.schertz.lokal\";"
							+ " the server gives \"lync.schertz.local\"",
					"option 42 missing");

			JsonNode json = ProbeRun.inside(link, "--inform", "--json", "--pool", "lync.schertz.lokal").json();
			assertThat(json.get("verdict").asString()).isEqualTo("problem");
			assertThat(json.get("exitCode").asInt()).isEqualTo(1);
			JsonNode verdicts = json.get("exchanges").get(0).get("replies").get(0).get("verdicts");
			assertThat(verdicts.get(0).get("status").asString()).isEqualTo("different");
			assertThat(verdicts.get(0).get("received").asString()).isEqualTo(hex(provisioning.option120().bytes()));
			JsonNode ok = ProbeRun.inside(link, "--inform", "--json", "--pool", "lync.schertz.local").json();
			assertThat(ok.get("verdict").asString()).as(ok.toString()).isEqualTo("ok");
		}
	}

	@ParameterizedTest(name = "{0} and a second server without the options: both reported, the bad one named")
	@EnumSource(WireServer.class)
	void namesASecondServerThatAnswersWithoutThePhoneOptions(WireServer server) throws Exception {
		RealParts.requireExecutable(server.executable(), server.aptPackage());
		RealParts.requireExecutable(WireServer.DNSMASQ.executable(), WireServer.DNSMASQ.aptPackage());
		PhoneProvisioning provisioning = PhoneProvisioning.of(Fqdn.parse("lync.schertz.local"));
		Path good = Files.createDirectory(this.dir.resolve("good"));
		Path bad = Files.createDirectory(this.dir.resolve("bad"));
		try (NetnsSegment segment = NetnsSegment.create("192.0.2.1/24", "192.0.2.2/24", "192.0.2.10/24");
				RunningDaemon right = server.start(segment.host(0).namespace(), List.of(segment.host(0).device()),
						render(server, provisioning), provisioning, good);
				RunningDaemon other = WireServer.DNSMASQ.start(segment.host(1).namespace(),
						List.of(segment.host(1).device()), "# a router's DHCP: nothing for phones\n", provisioning,
						bad)) {
			NetnsSegment.Host phone = segment.host(2);
			// the phone's broadcasts need a route
			Commands.check(Duration.ofSeconds(10), "ip", "-n", phone.namespace(), "route", "add", "default", "via",
					"192.0.2.1");
			List<String> args = List.of("--all-replies", "--inform", "--discover", "--pool", "lync.schertz.local");
			ProbeRun.Outcome text = ProbeRun.inside(phone.namespace(), phone.device(), args);
			String context = text.output() + "\n--- right ---\n" + right.log() + "\n--- other ---\n" + other.log();
			assertThat(text.exitCode()).as(context).isEqualTo(1);
			assertThat(text.output()).as(context)
				.contains("servers that answered: 192.0.2.1, 192.0.2.2")
				.contains("DHCPINFORM: server 192.0.2.2 answers a phone without options 43 and 120")
				.contains("DHCPDISCOVER: server 192.0.2.2 answers a phone without options 43 and 120")
				.doesNotContain("server 192.0.2.1 answers a phone without");
			List<String> withJson = new ArrayList<>(args);
			withJson.add("--json");
			JsonNode json = ProbeRun.inside(phone.namespace(), phone.device(), withJson).json();
			assertThat(json.get("servers").toString()).isEqualTo("[\"192.0.2.1\",\"192.0.2.2\"]");
			assertThat(json.get("verdict").asString()).isEqualTo("problem");
		}
	}

	@ParameterizedTest(name = "{0}: from the centre, each site's own option 120")
	@EnumSource(WireServer.class)
	void asksForEachSiteFromTheCentre(WireServer server) throws Exception {
		try (SitesServer running = sitesServer(server)) {
			RunningDaemon daemon = running.daemon();
			String permalink = running.permalink();
			TwoSubnetLink.Subnet centre = running.centre();
			ProbeRun.Outcome paris = relay(centre, "--link-selection", "198.51.100.0/24", "--expect", permalink);
			String context = paris.output() + "\n--- daemon ---\n" + daemon.log();
			assertThat(paris.exitCode()).as(context).isZero();
			assertThat(paris.reply("DHCPINFORM").orElseThrow().option(120)).as(context).contains(PARIS_120);
			assertThat(paris.reply("DHCPDISCOVER").orElseThrow().option(120)).as(context).contains(PARIS_120);

			ProbeRun.Outcome sites = relay(centre, "--sites", permalink);
			assertThat(sites.exitCode()).as(sites.output() + daemon.log()).isZero();
			assertThat(sites.output()).contains("site berlin 192.0.2.0/24: exact (option 120, option 43;",
					"site paris 198.51.100.0/24: exact (option 120, option 43;");
			JsonNode json = relay(centre, "--sites", permalink, "--json").json();
			assertThat(json.get("sites")).hasSize(2);
			assertThat(json.get("verdict").asString()).isEqualTo("ok");
		}
	}

	@ParameterizedTest(name = "{0}: which selection it honours, INFORM and DISCOVER")
	@EnumSource(WireServer.class)
	void honoursTheSelectionsTheReadmeSays(WireServer server) throws Exception {
		try (SitesServer running = sitesServer(server)) {
			RunningDaemon daemon = running.daemon();
			String permalink = running.permalink();
			TwoSubnetLink.Subnet centre = running.centre();
			for (String by : List.of("82", "118")) {
				for (String message : List.of("--inform", "--discover")) {
					ProbeRun.Outcome outcome = relay(centre, message, "--selection-by", by, "--link-selection",
							"198.51.100.0/24", "--expect", permalink);
					String context = server + " " + message + " by " + by + "\n" + outcome.output() + daemon.log();
					assertThat(outcome.exitCode()).as(context).isZero();
					assertThat(outcome.output()).as(context).contains("expect option 120 exact");
					if ("--inform".equals(message)) {
						// dnsmasq picks an INFORM's subnet by ciaddr: only the second
						// attempt is answered
						boolean secondAttempt = outcome.output().contains("ciaddr 0.0.0.0, then ciaddr 198.51.100.1");
						assertThat(secondAttempt).as(context).isEqualTo(server == WireServer.DNSMASQ);
					}
				}
			}
		}
	}

	/**
	 * The server on two networks with both sites' options, and the permalink a probe at
	 * the centre expects for them.
	 */
	private record SitesServer(TwoSubnetLink link, RunningDaemon daemon, String permalink) implements AutoCloseable {

		TwoSubnetLink.Subnet centre() {
			return this.link.subnets().get(0);
		}

		@Override
		public void close() {
			try {
				this.daemon.close();
			}
			finally {
				this.link.close();
			}
		}

	}

	private SitesServer sitesServer(WireServer server) {
		RealParts.requireExecutable(server.executable(), server.aptPackage());
		Map<String, String> inputs = Map.of("pool", "lync.schertz.local", "sites", SITES);
		PhoneProvisioning provisioning = ProvisioningInputs.parse(inputs).provisioning().orElseThrow();
		TwoSubnetLink link = TwoSubnetLink.create();
		try {
			return new SitesServer(link, server.start(link.serverNamespace(), link.serverInterfaces(),
					render(server, provisioning), provisioning, this.dir), permalink(provisioning, server));
		}
		catch (RuntimeException ex) {
			link.close();
			throw ex;
		}
	}

	private static ProbeRun.Outcome relay(TwoSubnetLink.Subnet centre, String... args) {
		List<String> all = new ArrayList<>(List.of("--server", centre.serverAddress(), "--timeout", "5"));
		all.addAll(List.of(args));
		return ProbeRun.inside(centre.clientNamespace(), centre.clientInterface(), all);
	}

	private static String render(WireServer server, PhoneProvisioning provisioning) {
		Target target = new TargetRegistry().find(server.targetId()).orElseThrow();
		return target.render(provisioning, (shown) -> permalink(shown, server));
	}

	private static String permalink(PhoneProvisioning provisioning, WireServer server) {
		return Queries.permalink(provisioning, new TargetRegistry().find(server.targetId()).orElseThrow());
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

}
