package dev.ucdhcp.probe.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.support.RealParts;
import dev.ucdhcp.support.wire.Commands;
import dev.ucdhcp.support.wire.NetnsLink;
import dev.ucdhcp.support.wire.ProbeRun;
import dev.ucdhcp.support.wire.RunningDaemon;
import dev.ucdhcp.support.wire.WireServer;
import dev.ucdhcp.vendors.TargetRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof on the wire for {@code probe --follow}: dnsmasq hands out the phone options and
 * answers DNS, {@code openssl s_server} plays the registrar (5061) and the web services
 * (443) with certificates from a test CA made here with openssl, valid for two days. The
 * probe follows the options as a phone would and names each failure in the phone's terms:
 * a certificate for another name, a CA it does not trust, a port nobody listens on.
 */
class FollowOnTheWireIT {

	private static final String POOL = "lync.schertz.local";

	private static final Duration OPENSSL_LIMIT = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	@BeforeEach
	void needsRootIpDnsmasqAndOpenssl() {
		RealParts.requireRoot("The wire tests");
		RealParts.requireIp();
		RealParts.requireExecutable(WireServer.DNSMASQ.executable(), WireServer.DNSMASQ.aptPackage());
		RealParts.requireExecutable("/usr/bin/openssl", "openssl");
	}

	@Test
	void followsThePhoneToItsRegistrarAndWebServicesAndNamesEachFailure() throws Exception {
		Path ca = testCa();
		Path right = certificate("right", POOL);
		Path wrong = certificate("wrong", "sfbweb-ext.schertz.local");
		PhoneProvisioning provisioning = PhoneProvisioning.of(Fqdn.parse(POOL));
		String rendered = new TargetRegistry().find("dnsmasq").orElseThrow().render(provisioning, "http://localhost/");
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon dhcp = WireServer.DNSMASQ.start(link, rendered, provisioning,
						Files.createDirectory(this.dir.resolve("dhcp")));
				RunningDaemon dns = dns(link)) {
			String[] follow = { "--inform", "--follow", "--dns", NetnsLink.SERVER_ADDRESS, "--ca", ca.toString() };
			try (RunningDaemon registrar = tls(link, 5061, right); RunningDaemon web = tls(link, 443, right)) {
				ProbeRun.Outcome ok = ProbeRun.inside(link, follow);
				assertThat(ok.exitCode()).as(ok.output() + dhcp.log() + dns.log() + registrar.log() + web.log())
					.isZero();
				assertThat(ok.output()).contains("ok   dns lync.schertz.local: resolves to 192.0.2.1",
						"ok   tls lync.schertz.local:5061: certificate for lync.schertz.local, issued by CN=ucdhcp test CA",
						"ok   https https://lync.schertz.local:443/CertProv/CertProvisioningService.svc: certificate for"
								+ " lync.schertz.local");
				JsonNode json = ProbeRun.inside(link, with(follow, "--json")).json();
				assertThat(json.get("verdict").asString()).isEqualTo("ok");
				assertThat(json.get("follow")).hasSize(4);

				ProbeRun.Outcome untrusted = ProbeRun.inside(link, "--inform", "--follow", "--dns",
						NetnsLink.SERVER_ADDRESS);
				assertThat(untrusted.exitCode()).as(untrusted.output()).isEqualTo(1);
				assertThat(untrusted.output()).contains("the phone cannot sign in: the registrar's certificate of"
						+ " lync.schertz.local:5061 (192.0.2.1) is not trusted: issued by CN=ucdhcp test CA, not by a CA"
						+ " in the JDK trust store");
			}
			try (RunningDaemon web = tls(link, 443, wrong)) {
				ProbeRun.Outcome outcome = ProbeRun.inside(link, follow);
				assertThat(outcome.exitCode()).as(outcome.output() + web.log()).isEqualTo(1);
				assertThat(outcome.output()).contains(
						"the phone cannot fetch its certificate: the web services certificate is for"
								+ " sfbweb-ext.schertz.local, not lync.schertz.local",
						"the phone cannot reach its registrar: nothing answers TLS on lync.schertz.local:5061"
								+ " (192.0.2.1): Connection refused");
				JsonNode json = ProbeRun.inside(link, with(follow, "--json")).json();
				assertThat(json.get("verdict").asString()).isEqualTo("problem");
				assertThat(json.get("problems").toString()).contains("sfbweb-ext.schertz.local");
			}
		}
	}

	private RunningDaemon dns(NetnsLink link) {
		List<String> command = List.of(WireServer.DNSMASQ.executable(), "--no-daemon", "--conf-file=/dev/null",
				"--port=53", "--listen-address=" + NetnsLink.SERVER_ADDRESS, "--bind-interfaces", "--no-resolv",
				"--no-hosts", "--address=/" + POOL + "/" + NetnsLink.SERVER_ADDRESS, "--log-facility=-",
				"--log-queries", "--pid-file=" + this.dir.resolve("dns.pid"), "--user=root", "--group=root");
		return RunningDaemon.start("dns", link.serverNamespace(), command, this.dir.resolve("dns.log"))
			.awaitLog("started, version", WireServer.READY_LIMIT);
	}

	private RunningDaemon tls(NetnsLink link, int port, Path certificate) {
		List<String> command = List.of("/usr/bin/openssl", "s_server", "-accept", Integer.toString(port), "-cert",
				certificate.toString(), "-key", certificate.toString().replace(".pem", ".key"), "-www");
		return RunningDaemon
			.start("s_server " + port, link.serverNamespace(), command,
					this.dir.resolve("s_server-" + port + "-" + certificate.getFileName() + ".log"))
			.awaitLog("ACCEPT", WireServer.READY_LIMIT);
	}

	/** A CA made for this run: nothing committed that could expire. */
	private Path testCa() {
		Path ca = this.dir.resolve("ca.pem");
		Commands.check(OPENSSL_LIMIT, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
				"ec_paramgen_curve:prime256v1", "-nodes", "-keyout", this.dir.resolve("ca.key").toString(), "-out",
				ca.toString(), "-days", "2", "-subj", "/CN=ucdhcp test CA", "-addext",
				"basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
		return ca;
	}

	private Path certificate(String name, String fqdn) throws Exception {
		Path key = this.dir.resolve(name + ".key");
		Path request = this.dir.resolve(name + ".csr");
		Path certificate = this.dir.resolve(name + ".pem");
		Path extensions = Files.writeString(this.dir.resolve(name + ".ext"),
				"subjectAltName=DNS:" + fqdn + "\nextendedKeyUsage=serverAuth\n");
		Commands.check(OPENSSL_LIMIT, "openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
				"-nodes", "-keyout", key.toString(), "-out", request.toString(), "-subj", "/CN=" + fqdn);
		Commands.check(OPENSSL_LIMIT, "openssl", "x509", "-req", "-in", request.toString(), "-CA",
				this.dir.resolve("ca.pem").toString(), "-CAkey", this.dir.resolve("ca.key").toString(),
				"-CAcreateserial", "-out", certificate.toString(), "-days", "2", "-extfile", extensions.toString());
		return certificate;
	}

	private static String[] with(String[] args, String more) {
		return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
	}

}
