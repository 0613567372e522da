package dev.ucdhcp.responder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import dev.ucdhcp.encoding.Ipv4Address;

/**
 * A token bucket per client address and one for all clients together. A phone sends a few
 * DHCPINFORMs when it starts and then one every few hours; a client that sends more is
 * broken or hostile, and the shared bucket keeps the responder from becoming a reflector.
 * The key is the client's address (ciaddr, which a direct client must also send from),
 * never the MAC in chaddr: any host can write a phone's MAC there, and a bucket per
 * forged MAC would let one host drain the shared budget or a phone's own. The per-client
 * map is bounded: the least recently seen client is forgotten first.
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

	private final Map<Integer, Bucket> clients = new LinkedHashMap<>(64, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}

	};

	RateLimit(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
		this.allClients = new Bucket(ALL_CLIENTS_PER_SECOND, 1_000_000_000L / ALL_CLIENTS_PER_SECOND,
				nanoTime.getAsLong());
	}

	/**
	 * Takes a token for this client and one of all clients'; false, taking none, when
	 * either has none left.
	 */
	boolean allow(Ipv4Address client) {
		long now = this.nanoTime.getAsLong();
		Bucket own = this.clients.computeIfAbsent(client.bits(),
				(key) -> new Bucket(CLIENT_BURST, CLIENT_REFILL_NANOS, now));
		if (!own.has(now) || !this.allClients.has(now)) {
			return false;
		}
		own.take();
		this.allClients.take();
		return true;
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

		boolean has(long now) {
			this.tokens = Math.min(this.capacity, this.tokens + (double) (now - this.updated) / this.refillNanos);
			this.updated = now;
			return this.tokens >= 1;
		}

		void take() {
			this.tokens--;
		}

	}

}
