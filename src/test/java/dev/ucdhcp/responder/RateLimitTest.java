package dev.ucdhcp.responder;

import java.util.concurrent.atomic.AtomicLong;

import dev.ucdhcp.encoding.Ipv4Address;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

	private static final Ipv4Address PHONE = Ipv4Address.parse("192.0.2.10");

	private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

	private final RateLimit limit = new RateLimit(this.now::get);

	@Test
	void letsAClientBurstAndThenOneAnswerPerRefill() {
		for (int i = 0; i < RateLimit.CLIENT_BURST; i++) {
			assertThat(this.limit.allow(PHONE)).as("answer %d", i + 1).isTrue();
		}
		assertThat(this.limit.allow(PHONE)).isFalse();
		this.now.addAndGet(RateLimit.CLIENT_REFILL_NANOS);
		assertThat(this.limit.allow(PHONE)).isTrue();
		assertThat(this.limit.allow(PHONE)).isFalse();
	}

	@Test
	void oneNoisyClientDoesNotSilenceAnother() {
		Ipv4Address noisy = Ipv4Address.parse("192.0.2.66");
		for (int i = 0; i < 50; i++) {
			this.limit.allow(noisy);
		}
		assertThat(this.limit.allow(PHONE)).isTrue();
	}

	/**
	 * Issue 25: a host sent 370 requests a second, each with a forged MAC; keyed on the
	 * MAC, every one was a new client and the shared budget ran dry. From one address it
	 * is one client.
	 */
	@Test
	void aFloodFromOneAddressLeavesTheSharedBudgetToThePhones() {
		Ipv4Address flooder = Ipv4Address.parse("192.0.2.66");
		for (int second = 0; second < 10; second++) {
			for (int i = 0; i < 370; i++) {
				this.limit.allow(flooder);
				this.now.addAndGet(1_000_000_000L / 370);
			}
			Ipv4Address phone = new Ipv4Address(PHONE.bits() + second);
			assertThat(this.limit.allow(phone)).as("phone %s in second %d", phone, second).isTrue();
		}
	}

	@Test
	void manyAddressesMeetTheSharedLimitAndABoundedMemory() {
		int allowed = 0;
		for (int i = 0; i < RateLimit.MAX_CLIENTS + 1000; i++) {
			if (this.limit.allow(new Ipv4Address(0x0A000000 + i))) {
				allowed++;
			}
		}
		assertThat(allowed).isEqualTo(RateLimit.ALL_CLIENTS_PER_SECOND);
		assertThat(this.limit.clientsRemembered()).isEqualTo(RateLimit.MAX_CLIENTS);
	}

	@Test
	void aRefusedClientTakesNoTokenFromTheSharedBudget() {
		Ipv4Address flooder = Ipv4Address.parse("192.0.2.66");
		for (int i = 0; i < 10_000; i++) {
			this.limit.allow(flooder);
		}
		int phones = 0;
		for (int i = 0; i < RateLimit.ALL_CLIENTS_PER_SECOND; i++) {
			phones += this.limit.allow(new Ipv4Address(PHONE.bits() + 100 + i)) ? 1 : 0;
		}
		assertThat(phones).isEqualTo(RateLimit.ALL_CLIENTS_PER_SECOND - RateLimit.CLIENT_BURST);
	}

}
