package dev.ucdhcp.apply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

import dev.ucdhcp.support.RealParts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's kea-dhcp4 and kea-ctrl-agent started by a test: private pid, lock, lease and
 * socket files in the test's directory, the agent on 127.0.0.1 on a free port. kea-dhcp4
 * may run inside a network namespace ({@code ip netns exec}); its control socket is a
 * file, which the agent outside reaches all the same.
 */
public final class KeaUnderTest implements AutoCloseable {

	public static final String KEA_DHCP4 = "/usr/sbin/kea-dhcp4";

	public static final String KEA_CTRL_AGENT = "/usr/sbin/kea-ctrl-agent";

	private static final Duration READY = Duration.ofSeconds(20);

	/**
	 * Debian's kea-dhcp4 and kea-ctrl-agent, or the test skips naming the packages (fails
	 * under CI=true).
	 */
	public static void require() {
		RealParts.requireExecutable(KEA_DHCP4, "kea-dhcp4-server");
		RealParts.requireExecutable(KEA_CTRL_AGENT, "kea-ctrl-agent");
	}

	private final Path dir;

	private final List<String> wrapper;

	private final Path config;

	private Process dhcp4;

	private Process agent;

	private int port;

	private final Thread hook = new Thread(this::stopAll, "ucdhcp-kea-cleanup");

	private KeaUnderTest(Path dir, List<String> wrapper, Path config) {
		this.dir = dir;
		this.wrapper = wrapper;
		this.config = config;
		Runtime.getRuntime().addShutdownHook(this.hook);
	}

	/** The baseline of {@code src/test/resources/apply/kea-baseline.json}, edited. */
	public static String baseline(Path dir, UnaryOperator<ObjectNode> edit) {
		String text = Fixtures.text("kea-baseline.json").replace("@DIR@", dir.toString());
		ObjectNode root = (ObjectNode) JsonText.parse(text);
		root.set("Dhcp4", edit.apply((ObjectNode) root.path("Dhcp4")));
		return JsonText.compact(root);
	}

	/**
	 * Starts both daemons; {@code wrapper} prefixes kea-dhcp4's command (e.g. ip netns
	 * exec NAME), {@code authentication} is the agent's basic-auth block if any.
	 */
	public static KeaUnderTest start(Path dir, String config, List<String> wrapper, Optional<JsonNode> authentication) {
		try {
			Path file = Files.writeString(dir.resolve("kea-dhcp4.conf"), config);
			KeaUnderTest kea = new KeaUnderTest(dir, wrapper, file);
			try {
				kea.startDhcp4();
				kea.startAgent(authentication);
			}
			catch (RuntimeException ex) {
				kea.close();
				throw ex;
			}
			return kea;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String agentUrl() {
		return "http://127.0.0.1:" + this.port + "/";
	}

	/** The file kea-dhcp4 was started with, which config-write rewrites. */
	public Path configFile() {
		return this.config;
	}

	/** The running configuration's Dhcp4 object, straight from the agent. */
	public JsonNode configGet() {
		try {
			ControlAgent client = new ControlAgent(URI.create(agentUrl()), Optional.empty(), Duration.ofSeconds(10),
					ControlAgent.MAX_RESPONSE_BYTES, SSLContext.getDefault());
			return client.dhcp4("config-get", Optional.empty()).arguments().orElseThrow().required("Dhcp4");
		}
		catch (Exception ex) {
			throw new IllegalStateException("config-get failed: " + ex.getMessage() + "\n" + logs(), ex);
		}
	}

	/** Sets a configuration the way an admin would, bypassing ucdhcp. */
	public void configSet(JsonNode dhcp4) {
		try {
			ControlAgent client = new ControlAgent(URI.create(agentUrl()), Optional.empty(), Duration.ofSeconds(10),
					ControlAgent.MAX_RESPONSE_BYTES, SSLContext.getDefault());
			ObjectNode arguments = JsonText.NODES.objectNode();
			arguments.set("Dhcp4", dhcp4);
			ControlAgent.Answer answer = client.dhcp4("config-set", Optional.of(arguments));
			if (!answer.success()) {
				throw new IllegalStateException("config-set: " + answer.text());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage() + "\n" + logs(), ex);
		}
	}

	/** Stops kea-dhcp4 and starts it again from its file, as a reboot would. */
	public void restartDhcp4() {
		stop(this.dhcp4);
		startDhcp4();
	}

	/** Runs {@code apply} in this JVM; the exit code and everything it printed. */
	public static Result apply(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new ApplyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC())
			.run(args);
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	public record Result(int exit, String out, String err) {

		public String all() {
			return "--- stdout\n" + this.out + "\n--- stderr\n" + this.err;
		}

	}

	/** Runs a program to completion (bounded) and returns its exit code. */
	public static int run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("still running after 30 s: " + String.join(" ", command));
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String logs() {
		return "--- kea-dhcp4\n" + read("kea-dhcp4.log") + "\n--- kea-ctrl-agent\n" + read("kea-ctrl-agent.log");
	}

	private void startDhcp4() {
		List<String> command = new ArrayList<>(this.wrapper);
		command.addAll(List.of("env", "KEA_PIDFILE_DIR=" + this.dir, "KEA_LOCKFILE_DIR=" + this.dir, KEA_DHCP4, "-c",
				this.config.toString()));
		int from = read("kea-dhcp4.log").length();
		this.dhcp4 = launch(command, "kea-dhcp4.log");
		await(this.dhcp4, "kea-dhcp4.log", "DHCP4_STARTED", from);
	}

	private void startAgent(Optional<JsonNode> authentication) {
		for (int attempt = 0; attempt < 3; attempt++) {
			this.port = freePort();
			ObjectNode agent = JsonText.NODES.objectNode();
			ObjectNode body = agent.putObject("Control-agent");
			body.put("http-host", "127.0.0.1").put("http-port", this.port);
			body.putObject("control-sockets")
				.putObject("dhcp4")
				.put("socket-type", "unix")
				.put("socket-name", this.dir.resolve("kea4.sock").toString());
			authentication.ifPresent((block) -> body.set("authentication", block));
			ObjectNode logger = body.putArray("loggers").addObject();
			logger.put("name", "kea-ctrl-agent").put("severity", "INFO");
			logger.putArray("output_options").addObject().put("output", "stdout");
			try {
				Path file = Files.writeString(this.dir.resolve("kea-ctrl-agent.conf"), JsonText.compact(agent));
				int from = read("kea-ctrl-agent.log").length();
				this.agent = launch(List.of("env", "KEA_PIDFILE_DIR=" + this.dir, "KEA_LOCKFILE_DIR=" + this.dir,
						KEA_CTRL_AGENT, "-c", file.toString()), "kea-ctrl-agent.log");
				await(this.agent, "kea-ctrl-agent.log", "CTRL_AGENT_HTTP_SERVICE_STARTED", from);
				return;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (IllegalStateException ex) {
				// another process took the port between our probe and the agent's bind
				stop(this.agent);
				if (attempt == 2) {
					throw ex;
				}
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Process launch(List<String> command, String log) {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dir.resolve(log).toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits for {@code marker} in what the log gained after {@code from} characters. */
	private void await(Process process, String log, String marker, int from) {
		long deadline = System.nanoTime() + READY.toNanos();
		while (System.nanoTime() < deadline) {
			if (read(log).indexOf(marker, from) >= 0) {
				return;
			}
			if (!process.isAlive()) {
				throw new IllegalStateException(
						log + ": exited " + process.exitValue() + " before " + marker + "\n" + logs());
			}
			sleep();
		}
		throw new IllegalStateException(log + ": no " + marker + " within " + READY.toSeconds() + " s\n" + logs());
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String read(String log) {
		try {
			Path file = this.dir.resolve(log);
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	private static void stop(Process process) {
		if (process == null) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private void stopAll() {
		stop(this.agent);
		stop(this.dhcp4);
	}

	@Override
	public void close() {
		stopAll();
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException ex) {
			// already shutting down
		}
	}

}
