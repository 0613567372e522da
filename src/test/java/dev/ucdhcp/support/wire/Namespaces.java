package dev.ucdhcp.support.wire;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The network namespaces one test made: removed on {@link #close()} or, for a killed JVM,
 * by a shutdown hook, together with whatever still runs inside them.
 */
public final class Namespaces implements AutoCloseable {

	public static final Duration IP_LIMIT = Duration.ofSeconds(10);

	private final List<String> created = new ArrayList<>();

	private final Thread shutdownHook = new Thread(this::deleteAll, "ucdhcp-netns-cleanup");

	public Namespaces() {
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	/**
	 * Six hex digits for the names of one test's namespaces and links: parallel runs do
	 * not collide.
	 */
	public static String randomSuffix() {
		byte[] random = new byte[3];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	/** Runs {@code ip} with these arguments, bounded; fails on a non-zero exit. */
	public static void ip(String... args) {
		List<String> command = new ArrayList<>(List.of("ip"));
		command.addAll(List.of(args));
		Commands.check(IP_LIMIT, command.toArray(String[]::new));
	}

	/**
	 * Runs the steps that build a link in these namespaces; when one fails, removes what
	 * was made so far and rethrows.
	 */
	public void build(Runnable steps) {
		try {
			steps.run();
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/** Creates the namespace {@code name} and remembers it for removal. */
	public synchronized String add(String name) {
		Commands.check(IP_LIMIT, "ip", "netns", "add", name);
		this.created.add(name);
		return name;
	}

	@Override
	public void close() {
		deleteAll();
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// already shutting down: the hook is running or ran
		}
	}

	private synchronized void deleteAll() {
		for (String namespace : List.copyOf(this.created)) {
			// A namespace lives on while a process is inside; only our own daemons and
			// probes can be in these freshly named namespaces, so end what is left by
			// pid.
			String pids = Commands.run(IP_LIMIT, List.of("ip", "netns", "pids", namespace)).output();
			for (String pid : pids.strip().split("\\s+")) {
				if (pid.matches("\\d+")) {
					Commands.run(IP_LIMIT, List.of("kill", "-KILL", pid));
				}
			}
			Commands.run(IP_LIMIT, List.of("ip", "netns", "del", namespace));
			this.created.remove(namespace);
		}
	}

}
