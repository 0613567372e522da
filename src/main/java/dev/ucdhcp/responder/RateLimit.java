package dev.ucdhcp.responder;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client MAC and one for all clients together. A phone sends a few
 * DHCPINFORMs when it starts and then one every few hours; a client that sends more is
 * broken or hostile, and the shared bucket keeps forged MACs from turning the responder
 * into a reflector. The per-client map is bounded: the least recently seen client is
 * forgotten first.
 */
final class RateLimit {

	/** Answers a client may get at once, and then one per refill interval. */
	static final int CLIENT_BURST = 6;

	static final long CLIENT_REFILL_NANOS = 2_000_000_000L;

	/** Answers per second for all clients together. */
	static final int ALL_CLIENTS_PER_SECOND = 200;

	static final int MAX_CLIENTS = 4096;

	private final LongSupplier nanoTime;

	private final Bucket allClients;

	private final Map<String, Bucket> clients = new LinkedHashMap<>(64, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}

	};

	RateLimit(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
		this.allClients = new Bucket(ALL_CLIENTS_PER_SECOND, 1_000_000_000L / ALL_CLIENTS_PER_SECOND,
				nanoTime.getAsLong());
	}

	/** Takes a token for this client; false when it has none left (or all clients). */
	boolean allow(byte[] mac) {
		long now = this.nanoTime.getAsLong();
		Bucket client = this.clients.computeIfAbsent(HexFormat.of().formatHex(mac),
				(key) -> new Bucket(CLIENT_BURST, CLIENT_REFILL_NANOS, now));
		return client.take(now) && this.allClients.take(now);
	}

	int clientsRemembered() {
		return this.clients.size();
	}

	private static final class Bucket {

		private final int capacity;

		private final long refillNanos;

		private double tokens;

		private long updated;

		Bucket(int capacity, long refillNanos, long now) {
			this.capacity = capacity;
			this.refillNanos = refillNanos;
			this.tokens = capacity;
			this.updated = now;
		}

		boolean take(long now) {
			this.tokens = Math.min(this.capacity, this.tokens + (double) (now - this.updated) / this.refillNanos);
			this.updated = now;
			if (this.tokens < 1) {
				return false;
			}
			this.tokens--;
			return true;
		}

	}

}
