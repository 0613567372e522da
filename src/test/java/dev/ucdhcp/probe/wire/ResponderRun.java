package dev.ucdhcp.probe.wire;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.ucdhcp.responder.ResponderCommand;

/**
 * The responder run as a child JVM inside a namespace, from the test JVM's class path
 * (target/classes: the jar is built after the integration tests), with {@code --verbose}
 * so that its log shows every ignored datagram too.
 */
final class ResponderRun {

	static final String READY = "listening on UDP port 67";

	private static final Duration READY_LIMIT = Duration.ofSeconds(20);

	private static final Duration SETTLE_LIMIT = Duration.ofSeconds(5);

	private ResponderRun() {
	}

	static RunningDaemon start(String namespace, String device, Path log, String... inputs) {
		return start(namespace, List.of(), device, log, inputs);
	}

	/**
	 * @param prefix what runs the JVM, such as setpriv with another user; empty for root
	 */
	static RunningDaemon start(String namespace, List<String> prefix, String device, Path log, String... inputs) {
		RunningDaemon responder = RunningDaemon.start("responder", namespace, command(prefix, device, inputs), log);
		try {
			return responder.awaitLog(READY, READY_LIMIT);
		}
		catch (RuntimeException ex) {
			responder.close();
			throw ex;
		}
	}

	/** Runs it to its end: for starts that must fail. */
	static Commands.Result attempt(String namespace, List<String> prefix, String device, String... inputs) {
		return Commands.run(READY_LIMIT, NetnsLink.inside(namespace, command(prefix, device, inputs)));
	}

	static List<String> command(List<String> prefix, String device, String... inputs) {
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of(ProbeRun.java(), "-cp", ProbeRun.classesOfTheProbe(), ResponderCommand.class.getName(),
				"--interface", device, "--verbose"));
		command.addAll(List.of(inputs));
		return command;
	}

	/**
	 * The log's answer lines, once the log has stopped growing: the responder writes them
	 * on a thread of its own, after the reply.
	 */
	static List<String> answers(RunningDaemon responder) {
		long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
		String log = responder.log();
		while (System.nanoTime() < deadline) {
			pause();
			String later = responder.log();
			if (later.equals(log)) {
				break;
			}
			log = later;
		}
		return log.lines().filter((line) -> line.contains(" INFO answer ")).toList();
	}

	private static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
