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

	private static List<String> command(List<String> prefix, String device, String... inputs) {
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of(ProbeRun.java(), "-cp", ProbeRun.classesOfTheProbe(), ResponderCommand.class.getName(),
				"--interface", device, "--verbose"));
		command.addAll(List.of(inputs));
		return command;
	}

	/** The log's answer lines. */
	static List<String> answers(RunningDaemon responder) {
		return responder.log().lines().filter((line) -> line.contains(" INFO answer ")).toList();
	}

}
