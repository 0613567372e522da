package dev.ucdhcp.responder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.responder.Decision.Answer;
import dev.ucdhcp.responder.Decision.Ignored;
import dev.ucdhcp.responder.Decision.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponderTest {

	private static final long SEED = 0x12_0043L;

	private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

	private final Responder responder = new Responder(
			new InformPolicy(new ServerLink("eth0", Ipv4Address.parse("192.0.2.1"), 24), false,
					new ProvisioningByAddress(PhoneProvisioning.of(Fqdn.parse("lync.schertz.local")))),
			new RateLimit(System::nanoTime),
			new ResponderLog(new PrintStream(this.logged, true, StandardCharsets.UTF_8), false,
					Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC)));

	@Test
	void answersOnlyInformsWhateverTheBytes() {
		Random random = new Random(SEED);
		int answers = 0;
		for (int round = 0; round < 5_000; round++) {
			MessageType type = MessageType.values()[random.nextInt(MessageType.values().length)];
			byte[] datagram = Requests
				.message(type, Requests.CLIENT, new byte[4], "MS-UC-Client", Requests.PHONE_REQUEST_LIST, 0)
				.encode();
			datagram[random.nextInt(datagram.length)] = (byte) random.nextInt(256);
			Decision decision = this.responder.decide(datagram);
			if (decision instanceof Answer answer) {
				answers++;
				assertThat(DhcpMessage.parse(datagram).messageType()).as("round %d", round)
					.contains(MessageType.DHCPINFORM);
				assertThat(answer.reply().messageType()).contains(MessageType.DHCPACK);
			}
		}
		// five of eight types are not INFORM; the per-client limit keeps the rest low
		assertThat(answers).isPositive();
	}

	@Test
	void countsMalformedDatagramsInsteadOfFailing() {
		Decision decision = this.responder.decide(new byte[] { 1, 1, 6, 0 });

		assertThat(decision).isInstanceOf(Ignored.class);
		assertThat(((Ignored) decision).reason()).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void logsOneLinePerAnswerWithMacCiaddrVendorClassAndOptions() {
		this.responder.decide(Requests.inform("MS-UC-Client", Requests.PHONE_REQUEST_LIST).encode());

		assertThat(this.logged.toString(StandardCharsets.UTF_8))
			.isEqualTo("2026-12-01T12:00:00Z INFO answer DHCPINFORM from 02:00:5e:10:00:01 ciaddr 192.0.2.10"
					+ " vendor-class \"MS-UC-Client\": DHCPACK to 192.0.2.10:68 with options 43 120\n");
	}

	@Test
	void escapesAVendorClassThatTriesToForgeALogLine() {
		this.responder.decide(Requests.inform("x\n2026 INFO fake\"", new byte[] { 120 }).encode());

		assertThat(this.logged.toString(StandardCharsets.UTF_8)).contains("vendor-class \"x\\x0a2026 INFO fake\\x22\"")
			.hasLineCount(1);
	}

}
