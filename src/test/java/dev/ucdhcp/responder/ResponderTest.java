package dev.ucdhcp.responder;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.responder.Decision.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponderTest {

	private static final long SEED = 0x12_0043L;

	private final List<String> logged = new ArrayList<>();

	private final List<Answer> sent = new ArrayList<>();

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T12:00:00Z"));

	private final Responder responder = responder(false);

	@Test
	void answersOnlyInformsWhateverTheBytes() {
		Random random = new Random(SEED);
		for (int round = 0; round < 5_000; round++) {
			MessageType type = MessageType.values()[random.nextInt(MessageType.values().length)];
			byte[] datagram = Requests
				.message(type, Requests.CLIENT, new byte[4], "MS-UC-Client", Requests.PHONE_REQUEST_LIST, 0)
				.encode();
			datagram[random.nextInt(datagram.length)] = (byte) random.nextInt(256);
			int before = this.sent.size();
			handle(datagram, Requests.CLIENT);
			if (this.sent.size() > before) {
				assertThat(DhcpMessage.parse(datagram).messageType()).as("round %d", round)
					.contains(MessageType.DHCPINFORM);
				assertThat(this.sent.get(before).reply().messageType()).contains(MessageType.DHCPACK);
			}
		}
		// five of eight types are not INFORM; the per-client limit keeps the rest low
		assertThat(this.sent).isNotEmpty();
	}

	@Test
	void countsMalformedDatagramsInsteadOfFailing() {
		handle(new byte[] { 1, 1, 6, 0 }, Requests.CLIENT);
		this.responder.log().summaryIfDue(true);

		assertThat(this.sent).isEmpty();
		assertThat(this.logged).singleElement().asString().endsWith(": malformed 1");
	}

	@Test
	void logsOneLinePerAnswerWithMacCiaddrVendorClassAndOptions() {
		handle(Requests.inform("MS-UC-Client", Requests.PHONE_REQUEST_LIST).encode(), Requests.CLIENT);

		assertThat(this.logged).containsExactly("2026-12-01T12:00:00Z INFO answer DHCPINFORM from 02:00:5e:10:00:01"
				+ " ciaddr 192.0.2.10 vendor-class \"MS-UC-Client\": DHCPACK to 192.0.2.10:68 with options 43 120");
	}

	@Test
	void sendsTheReplyBeforeItLogsIt() {
		Responder watched = new Responder(policy(), new RateLimit(System::nanoTime),
				new ResponderLog(this.logged::add, false, this.clock));
		List<Integer> linesWhenSent = new ArrayList<>();

		watched.handle(Requests.inform("MS-UC-Client", Requests.PHONE_REQUEST_LIST).encode(), address(Requests.CLIENT),
				68, (answer) -> linesWhenSent.add(this.logged.size()));

		assertThat(linesWhenSent).containsExactly(0);
		assertThat(this.logged).hasSize(1);
	}

	/**
	 * Issue 25: one ~174-byte line per answer was up to 3 GB a day at the 200/s cap. Now
	 * the first 20 a minute, and one line for the rest.
	 */
	@Test
	void logsAtMostTwentyAnswersAMinuteAndSumsUpTheRest() {
		Responder verbose = responder(true);
		for (int minute = 0; minute < 3; minute++) {
			for (int client = 1; client <= 250; client++) {
				byte[] ciaddr = { (byte) 192, 0, 2, (byte) client };
				verbose.handle(Requests
					.message(MessageType.DHCPINFORM, ciaddr, new byte[4], "MS-UC-Client", Requests.PHONE_REQUEST_LIST,
							0)
					.encode(), address(ciaddr), 68, this.sent::add);
				verbose.handle(new byte[] { 1, 2, 3 }, address(ciaddr), 68, this.sent::add);
				this.clock.advanceMillis(240);
			}
		}
		verbose.log().summaryIfDue(true);

		assertThat(this.sent).hasSize(3 * 250);
		assertThat(this.logged.stream().filter((line) -> line.contains(" INFO answer "))).hasSize(3 * 20);
		assertThat(this.logged.stream().filter((line) -> line.contains(" DEBUG ignored "))).hasSize(3 * 20);
		assertThat(this.logged).hasSizeLessThanOrEqualTo(3 * (20 + 20 + 2) + 2)
			.anyMatch((line) -> line
				.contains("INFO answered 250 DHCPINFORM(s) in the last 60 s, 230 of them not" + " logged one by one"));
	}

	@Test
	void escapesAVendorClassThatTriesToForgeALogLine() {
		handle(Requests.inform("x\n2026 INFO fake\"", new byte[] { 120 }).encode(), Requests.CLIENT);

		assertThat(this.logged).singleElement().asString().contains("vendor-class \"x\\x0a2026 INFO fake\\x22\"");
	}

	private void handle(byte[] datagram, byte[] source) {
		this.responder.handle(datagram, address(source), 68, this.sent::add);
	}

	private Responder responder(boolean verbose) {
		return new Responder(policy(), new RateLimit(() -> this.clock.millis() * 1_000_000L),
				new ResponderLog(this.logged::add, verbose, this.clock));
	}

	private static InformPolicy policy() {
		return new InformPolicy(new ServerLink("eth0", Ipv4Address.parse("192.0.2.1"), 24), false,
				new ProvisioningByAddress(PhoneProvisioning.of(Fqdn.parse("lync.schertz.local"))));
	}

	private static InetAddress address(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A clock the test moves on. */
	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advanceMillis(long millis) {
			this.now = this.now.plusMillis(millis);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
