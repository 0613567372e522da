package dev.ucdhcp.support.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion within a bounded time, or fails saying which one hung. */
public final class Commands {

	private Commands() {
	}

	public record Result(int exitCode, String output) {
	}

	public static Result run(Duration limit, List<String> command) {
		Path log = null;
		Process process = null;
		try {
			log = Files.createTempFile("ucdhcp-cmd", ".log");
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
				throw new IllegalStateException("still running after " + limit.toSeconds() + " s: " + command + "\n"
						+ Files.readString(log, StandardCharsets.UTF_8));
			}
			return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot run " + command + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			if (process != null) {
				process.destroyForcibly();
			}
			throw new IllegalStateException("interrupted while running " + command, ex);
		}
		finally {
			deleteQuietly(log);
		}
	}

	/** Runs and insists on exit code 0. */
	public static String check(Duration limit, String... command) {
		Result result = run(limit, List.of(command));
		if (result.exitCode() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.output());
		}
		return result.output();
	}

	public static void deleteQuietly(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// a temp file left behind is harmless
		}
	}

}
