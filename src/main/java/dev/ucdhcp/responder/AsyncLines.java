package dev.ucdhcp.responder;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Log lines written by a thread of their own, so that a slow or stalled journal (a full
 * pipe to journald) never holds up a reply: the receive loop only offers a line to a
 * bounded queue, and a line that finds the queue full is dropped and counted, the count
 * written once the output moves again.
 */
final class AsyncLines implements Consumer<String> {

	static final int QUEUE = 1024;

	private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);

	private final AtomicLong dropped = new AtomicLong();

	private final PrintStream out;

	AsyncLines(PrintStream out) {
		this.out = out;
		Thread writer = new Thread(this::write, "ucdhcp-responder-log");
		writer.setDaemon(true);
		writer.start();
	}

	@Override
	public void accept(String line) {
		if (!this.queue.offer(line)) {
			this.dropped.incrementAndGet();
		}
	}

	/** Waits up to {@code limit} for the queued lines to be written (when stopping). */
	void drain(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!this.queue.isEmpty() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void write() {
		while (true) {
			String line;
			try {
				line = this.queue.poll(1, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				return;
			}
			long lost = this.dropped.getAndSet(0);
			if (lost > 0) {
				this.out.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " WARN " + lost
						+ " log line(s) dropped: the log output did not keep up");
			}
			if (line != null) {
				this.out.println(line);
				this.out.flush();
			}
		}
	}

}
