package dev.ucdhcp.responder;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

	private final RateLimit limit = new RateLimit(this.now::get);

	@Test
	void letsAClientBurstAndThenOneAnswerPerRefill() {
		byte[] mac = { 2, 0, 0, 0, 0, 1 };
		for (int i = 0; i < RateLimit.CLIENT_BURST; i++) {
			assertThat(this.limit.allow(mac)).as("answer %d", i + 1).isTrue();
		}
		assertThat(this.limit.allow(mac)).isFalse();
		this.now.addAndGet(RateLimit.CLIENT_REFILL_NANOS);
		assertThat(this.limit.allow(mac)).isTrue();
		assertThat(this.limit.allow(mac)).isFalse();
	}

	@Test
	void oneNoisyClientDoesNotSilenceAnother() {
		byte[] noisy = { 2, 0, 0, 0, 0, 1 };
		for (int i = 0; i < 50; i++) {
			this.limit.allow(noisy);
		}
		assertThat(this.limit.allow(new byte[] { 2, 0, 0, 0, 0, 2 })).isTrue();
	}

	@Test
	void forgedMacsMeetTheSharedLimitAndABoundedMemory() {
		int allowed = 0;
		for (int i = 0; i < RateLimit.MAX_CLIENTS + 1000; i++) {
			if (this.limit.allow(new byte[] { 2, 0, 0, 0, (byte) (i >> 8), (byte) i })) {
				allowed++;
			}
		}
		assertThat(allowed).isEqualTo(RateLimit.ALL_CLIENTS_PER_SECOND);
		assertThat(this.limit.clientsRemembered()).isEqualTo(RateLimit.MAX_CLIENTS);
	}

}
