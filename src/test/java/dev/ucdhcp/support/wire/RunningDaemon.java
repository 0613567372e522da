package dev.ucdhcp.support.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A DHCP daemon running in the foreground inside the server namespace, its output in a
 * log file. Readiness is polled from the log (bounded), never guessed with a fixed sleep.
 */
public final class RunningDaemon implements AutoCloseable {

	private static final Duration STOP_LIMIT = Duration.ofSeconds(5);

	private final Process process;

	private final Path log;

	private final String name;

	private final Thread shutdownHook;

	private RunningDaemon(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.shutdownHook = new Thread(process::destroyForcibly, "ucdhcp-daemon-cleanup");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	public static RunningDaemon start(String name, String namespace, List<String> command, Path log) {
		try {
			Process process = new ProcessBuilder(NetnsLink.inside(namespace, command)).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new RunningDaemon(name, process, log);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start " + command + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Waits until the log shows {@code marker}; fails with the log if the daemon exits or
	 * is slow.
	 */
	public RunningDaemon awaitLog(String marker, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (log().contains(marker)) {
				return this;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + " before it was ready:\n" + log());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for " + this.name, ex);
			}
		}
		throw new IllegalStateException(
				this.name + " not ready after " + limit.toSeconds() + " s (no \"" + marker + "\"):\n" + log());
	}

	public boolean alive() {
		return this.process.isAlive();
	}

	public String log() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/** SIGTERM, then the exit code (or -1 if it had to be killed). */
	public int stop() {
		close();
		return this.process.isAlive() ? -1 : this.process.exitValue();
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly().waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// already shutting down
		}
	}

}
