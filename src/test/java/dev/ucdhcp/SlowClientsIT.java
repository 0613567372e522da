package dev.ucdhcp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar with the image's JVM flags (deploy/jvm.options, the pod's limit as
 * {@code -XX:MaxRAM}: a 48 MiB heap) against a crowd of idle clients, each holding an
 * unfinished request line. With Tomcat's default 8,192 connections about 600 of them
 * exhausted the heap and the JVM exited; now the connections are bounded and a silent one
 * is closed, so the JVM lives, readiness answers throughout, and a real request is
 * served.
 */
class SlowClientsIT {

	private static final Path JAR = Path.of("target/ucdhcp.jar");

	private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

	private static final int CROWD = 700;

	/** The crowd is watched this long: past server.tomcat.connection-timeout twice. */
	private static final Duration WATCH = Duration.ofSeconds(30);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	@Test
	void aCrowdHoldingHalfARequestEachLeavesTheJvmAliveReadyAndServing() throws Exception {
		assertThat(JAR).as("packaged before integration tests").isRegularFile();
		int port = LoadIT.freePort();
		int managementPort = LoadIT.freePort();
		Path log = Files.createTempFile("ucdhcp-slow-clients", ".log");
		Process app = start(port, managementPort, log);
		List<Socket> crowd = new ArrayList<>();
		try {
			awaitReady(app, managementPort, log);
			int turnedAway = 0;
			for (int i = 0; i < CROWD && turnedAway < 50; i++) {
				try {
					crowd.add(halfARequest(port, i));
				}
				catch (IOException ex) {
					// past Tomcat's connections and the accept queue the kernel stops
					// answering
					turnedAway++;
				}
			}
			System.out.printf("slow clients: %d connected with half a request, %d turned away%n", crowd.size(),
					turnedAway);
			assertThat(crowd).as("more half requests than Tomcat takes at once").hasSizeGreaterThan(256 + 100);
			int probes = 0;
			int ready = 0;
			int served = 0;
			long end = System.nanoTime() + WATCH.toNanos();
			while (System.nanoTime() < end && app.isAlive()) {
				probes++;
				ready += (status(managementPort, "/actuator/health/readiness", 3) == 200) ? 1 : 0;
				served += (status(port, "/?pool=lync.schertz.local", 25) == 200) ? 1 : 0;
				Thread.sleep(1000);
			}
			assertThat(app.isAlive()).as("JVM alive under %d half requests\n%s", CROWD, tail(log)).isTrue();
			assertThat(ready).as("readiness answered 200 within 3 s, of %d probes", probes).isEqualTo(probes);
			assertThat(served).as("pages served, of %d tries", probes).isPositive();
			assertThat(status(port, "/?pool=lync.schertz.local", 25)).as("a page at the end").isEqualTo(200);
		}
		finally {
			for (Socket socket : crowd) {
				socket.close();
			}
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			Files.deleteIfExists(log);
		}
	}

	private static Process start(int port, int managementPort, Path log) throws IOException {
		String java = Files.isExecutable(JDK25) ? JDK25.toString()
				: Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "@deploy/jvm.options",
				"-XX:MaxRAM=" + LoadIT.podLimitMib() + "m", "-jar", JAR.toString(), "--server.address=127.0.0.1",
				"--management.server.address=127.0.0.1", "--logging.level.dev.ucdhcp.web.RequestLog=WARN")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment()
			.putAll(Map.of("MALLOC_ARENA_MAX", "2", "PORT", String.valueOf(port), "MANAGEMENT_PORT",
					String.valueOf(managementPort), "UCDHCP_BASE_URL", "http://127.0.0.1:" + port));
		return builder.start();
	}

	private static void awaitReady(Process app, int managementPort, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (status(managementPort, "/actuator/health/readiness", 3) != 200) {
			assertThat(app.isAlive()).as(tail(log)).isTrue();
			assertThat(System.nanoTime()).as("ready within 120 s").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	/** A connection that sent the start of a request line and then nothing. */
	private static Socket halfARequest(int port, int i) throws IOException {
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
			socket.getOutputStream()
				.write(("GET /?pool=crowd" + i + ".schertz.local").getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			return socket;
		}
		catch (IOException ex) {
			socket.close();
			throw ex;
		}
	}

	private static int status(int port, String path, int seconds) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(seconds))
				.build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
	}

}
