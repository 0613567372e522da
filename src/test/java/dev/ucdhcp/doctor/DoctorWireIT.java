package dev.ucdhcp.doctor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.ucdhcp.support.RealParts;
import dev.ucdhcp.support.wire.NetnsLink;
import dev.ucdhcp.support.wire.PasteOnTheLink;
import dev.ucdhcp.support.wire.PasteServer;
import dev.ucdhcp.support.wire.ProbeRun;
import dev.ucdhcp.support.wire.RunningDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The config doctor's {@code wire} column, checked on the wire: every ISC, Kea and
 * dnsmasq corpus paste that claims to load and has option 120 or 43 values is loaded into
 * the real daemon in a pair of network namespaces (moved onto the documentation addresses
 * by {@link PasteOnTheLink}), a phone (option 60 {@code MS-UC-Client}) sends
 * DHCPDISCOVER, and the options 120 and 43 of the offer must be exactly what the doctor
 * says that phone receives: its {@code wire} value where it gives one, else the extracted
 * hex; {@code none} is absent, {@code EMPTY} length 0.
 */
class DoctorWireIT {

	private static final String DISCOVER = "DHCPDISCOVER";

	private static final String INFORM = "DHCPINFORM";

	/**
	 * Kea on UDP sockets binds to the interface's address and never sees a broadcast
	 * DHCPDISCOVER: such a paste serves phones through a relay. On the one-link test its
	 * phone asks with a unicast DHCPINFORM (from its address, as a Lync phone does).
	 */
	private static final Pattern UDP_SOCKETS = Pattern.compile("\"dhcp-socket-type\"\\s*:\\s*\"udp\"");

	@TempDir
	Path dir;

	@BeforeEach
	void needsRootAndIp() {
		RealParts.requireRoot("The doctor's wire tests");
		RealParts.requireIp();
	}

	static Stream<Corpus.Case> pastes() {
		return Corpus.all().stream().filter((paste) -> PasteServer.of(paste.format()).isPresent()).filter((paste) -> {
			Diagnosis diagnosis = ConfigDoctor.diagnose(paste.text(), Optional.of(paste.format()));
			return paste.loads() && !(diagnosis.option120().isEmpty() && diagnosis.option43().isEmpty());
		});
	}

	@Test
	void theCorpusHasPastesForEveryDaemon() {
		for (PasteServer server : PasteServer.values()) {
			assertThat(pastes().filter((paste) -> PasteServer.of(paste.format()).orElseThrow() == server))
				.as(server.name())
				.hasSizeGreaterThanOrEqualTo(5);
		}
	}

	@ParameterizedTest(name = "{0}: a phone receives what the doctor says")
	@MethodSource("pastes")
	void aPhoneReceivesWhatTheDoctorSays(Corpus.Case paste) {
		PasteServer server = PasteServer.of(paste.format()).orElseThrow();
		RealParts.requireExecutable(server.executable(), server.aptPackage());
		PasteOnTheLink.Adaptation adaptation = PasteOnTheLink.adapt(paste.text());
		if (adaptation.adapted().isEmpty()) {
			// Listed in the output; none of today's corpus needs this.
			System.out.println("doctor wire: NOT ADAPTED " + paste + ": " + adaptation.reason());
			fail(paste + " cannot be moved onto the documentation ranges: " + adaptation.reason());
		}
		PasteOnTheLink onTheLink = adaptation.adapted().orElseThrow();
		Diagnosis diagnosis = ConfigDoctor.diagnose(paste.text(), Optional.of(paste.format()));
		Optional<String> expected120 = onTheLink.phoneReceives(diagnosis.option120(), paste.text());
		Optional<String> expected43 = onTheLink.phoneReceives(diagnosis.option43(), paste.text());
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon daemon = server.start(link, onTheLink.text(), this.dir)) {
			boolean inform = UDP_SOCKETS.matcher(paste.text()).find();
			String sent = inform ? INFORM : DISCOVER;
			ProbeRun.Outcome phone = ProbeRun.inside(link, inform ? "--inform" : "--discover");
			ProbeRun.Reply offer = phone.reply(sent)
				.orElseGet(() -> fail("no reply to " + sent + context(phone, daemon, onTheLink)));
			String context = " of " + paste + context(phone, daemon, onTheLink);
			System.out.println(
					"doctor wire: " + paste + " " + sent + " on " + server.version() + " renamed " + onTheLink.renamed()
							+ ": 120 " + shown(received(offer, 120)) + ", 43 " + shown(received(offer, 43)));
			assertThat(offer.received()).as(context).isEqualTo(inform ? "DHCPACK" : "DHCPOFFER");
			assertThat(received(offer, 120)).as("option 120 the doctor says a phone receives" + context)
				.isEqualTo(expected120);
			assertThat(received(offer, 43)).as("option 43 the doctor says a phone receives" + context)
				.isEqualTo(expected43);
		}
	}

	/** The probe writes an option sent with length 0 as {@code -}. */
	private static Optional<String> received(ProbeRun.Reply reply, int code) {
		return reply.option(code).map((hex) -> "-".equals(hex) ? "" : hex);
	}

	private static String shown(Optional<String> hex) {
		return hex.map((value) -> value.isEmpty() ? "EMPTY" : value).orElse("none");
	}

	private static String context(ProbeRun.Outcome phone, RunningDaemon daemon, PasteOnTheLink paste) {
		return "\n--- probe ---\n" + phone.output() + "\n--- daemon ---\n" + daemon.log()
				+ "\n--- paste on the link ---\n" + paste.text();
	}

}
