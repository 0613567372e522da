package dev.ucdhcp.probe.wire;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.support.RealParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed and non-INFORM datagrams on the wire: the responder answers none
 * of them, keeps running, and still answers a phone afterwards.
 */
class ResponderRobustnessIT {

	private static final long SEED = 20261201L;

	private static final int DATAGRAMS = 5000;

	private static final String POOL = "lync.schertz.local";

	private static final Pattern SUMMARY = Pattern.compile(" INFO ignored (\\d+) datagram\\(s\\) in the last ");

	@TempDir
	Path dir;

	@BeforeEach
	void needsRoot() {
		RealParts.requireRoot("The robustness test");
	}

	@Test
	void noiseNeverStopsItAndNeverGetsAReply() {
		PhoneProvisioning provisioning = PhoneProvisioning.of(Fqdn.parse(POOL));
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon responder = ResponderRun.start(link.serverNamespace(), link.serverInterface(),
						this.dir.resolve("responder.log"), "--pool", POOL)) {
			Commands.Result noise = Commands.run(Duration.ofSeconds(60),
					NetnsLink.inside(link.clientNamespace(),
							List.of(ProbeRun.java(), "-cp", classPath(), NoiseSender.class.getName(),
									NetnsLink.SERVER_ADDRESS, Long.toString(SEED), Integer.toString(DATAGRAMS))));

			assertThat(noise.exitCode()).as(noise.output()).isZero();
			assertThat(noise.output()).as(responder.log()).contains("sent " + DATAGRAMS + " replies 0");
			assertThat(ResponderRun.answers(responder)).isEmpty();
			assertThat(responder.alive()).isTrue();
			assertThat(responder.log()).doesNotContain("WARN could not handle");

			ProbeRun.Outcome phone = ProbeRun.inside(link, "--inform");
			assertThat(phone.reply("DHCPINFORM").flatMap((reply) -> reply.option(43))).as(phone.output())
				.contains(HexFormat.of().withUpperCase().formatHex(provisioning.option43().bytes()));

			// every datagram was read and turned away, or dropped by the kernel because
			// the socket's receive buffer was full; the log counts them in its summaries
			// (one line each only for the first few a minute: a flood cannot fill a disk)
			long dropped = udpCounter(link.serverNamespace(), "RcvbufErrors");
			assertThat(responder.stop()).as(responder.log()).isZero();
			long ignored = SUMMARY.matcher(responder.log())
				.results()
				.mapToLong((m) -> Long.parseLong(m.group(1)))
				.sum();
			assertThat(ignored + dropped).as("ignored %d, dropped %d", ignored, dropped).isEqualTo(DATAGRAMS);
			assertThat(ignored).as("ignored %d, dropped %d", ignored, dropped).isGreaterThan(DATAGRAMS / 2);
			assertThat(responder.log().lines().filter((line) -> line.contains(" DEBUG ignored from ")))
				.hasSizeLessThanOrEqualTo(2 * 20);
		}
	}

	/** A counter of the namespace's UDP statistics (/proc/net/snmp). */
	private static long udpCounter(String namespace, String name) {
		List<String> udp = Commands
			.check(Duration.ofSeconds(10), "ip", "netns", "exec", namespace, "cat", "/proc/net/snmp")
			.lines()
			.filter((line) -> line.startsWith("Udp: "))
			.toList();
		List<String> names = List.of(udp.get(0).split(" "));
		return Long.parseLong(udp.get(1).split(" ")[names.indexOf(name)]);
	}

	/** The test classes (the noise sender) and the main classes (the DHCP model). */
	private static String classPath() {
		try {
			return Path.of(NoiseSender.class.getProtectionDomain().getCodeSource().getLocation().toURI()) + ":"
					+ ProbeRun.classesOfTheProbe();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
