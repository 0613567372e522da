package dev.ucdhcp;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.support.RealParts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started with the container's JVM flags and environment
 * (deploy/jvm.options, MALLOC_ARENA_MAX, the pod's memory limit from
 * deploy/kubernetes/deployment.yaml emulated with {@code -XX:MaxRAM}), under a flood and
 * under load, driven by wrk with bench/unique.lua so every request is new to the render
 * cache. The flood (200 clients, 20 s, the decoder and the page at their input limits)
 * may be refused with 503 but must not take the JVM down, stall readiness or push RSS
 * past 75 % of the limit; the load (64 clients, 30 s, every route, after a 5 s warm-up)
 * must be answered 2xx without a single error; it runs first, so no request left queued
 * by the flood competes with it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadIT {

	private static final Path DEPLOYMENT = Path.of("deploy/kubernetes/deployment.yaml");

	private static final Pattern MEMORY = Pattern.compile("^\\s*memory:\\s*(\\d+)Mi\\s*$");

	private static final Path JAR = Path.of("target/ucdhcp.jar");

	private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** 253 characters, the longest FQDN; %d makes each request's name new. */
	private static final String LONGEST_FQDN = "a%062d." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);

	private static Process app;

	private static int port;

	private static int managementPort;

	private static Path log;

	private static long podLimitMib;

	@BeforeAll
	static void start() throws Exception {
		RealParts.requireExecutable("/usr/bin/wrk", "wrk");
		assertThat(JAR).as("packaged before integration tests").isRegularFile();
		port = freePort();
		managementPort = freePort();
		log = Files.createTempFile("ucdhcp-load", ".log");
		podLimitMib = podLimitMib();
		String java = Files.isExecutable(JDK25) ? JDK25.toString()
				: Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "@deploy/jvm.options", "-XX:MaxRAM=" + podLimitMib + "m",
				"-jar", JAR.toString(), "--server.address=127.0.0.1", "--management.server.address=127.0.0.1",
				"--logging.level.dev.ucdhcp.web.RequestLog=WARN")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment()
			.putAll(Map.of("MALLOC_ARENA_MAX", "2", "PORT", String.valueOf(port), "MANAGEMENT_PORT",
					String.valueOf(managementPort), "UCDHCP_BASE_URL", "http://127.0.0.1:" + port));
		app = builder.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (readiness() != 200) {
			assertThat(app.isAlive()).as(Files.readString(log)).isTrue();
			assertThat(System.nanoTime()).as("ready within 90 s").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		if (log != null) {
			Files.deleteIfExists(log);
		}
	}

	@Test
	@Order(2)
	void aFloodAtTheInputLimitsLeavesTheJvmAliveReadyAndWithinItsMemory() throws Exception {
		String hex = "0".repeat(1012) + "%012d";
		String web = String.join(".", "w".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(61));
		String page = "/?pool=" + LONGEST_FQDN + "&web=" + web + "&path=/" + "p".repeat(127)
				+ "&ntp=192.0.2.1,192.0.2.2,192.0.2.3,192.0.2.4,192.0.2.5,192.0.2.6,192.0.2.7,192.0.2.8&vendor=cisco";
		Watch watch = new Watch();
		watch.start();
		Wrk flood;
		try {
			flood = wrk(200, 20, 5, "/decode?hex=" + hex, "/api/v1/decode?hex=" + hex, page);
		}
		finally {
			watch.stop();
		}
		System.out.printf(
				"flood: %s; readiness %d/%d answered 200 within 3 s (slowest %d ms, at most %d failed in a"
						+ " row); max RSS %d MiB%n",
				flood, watch.ready.get(), watch.probes.get(), watch.slowestMillis.get(), watch.worstRun.get(),
				watch.maxRss.get() >> 20);
		assertThat(app.isAlive()).as("JVM survived the flood").isTrue();
		assertThat(flood.requests()).isPositive();
		assertThat(watch.probes.get()).isPositive();
		// as the Deployment's readinessProbe judges: timeoutSeconds 3, failureThreshold 2
		assertThat(watch.worstRun.get()).as("readiness never failed twice in a row").isLessThan(2);
		assertThat(watch.maxRss.get()).as("RSS under 75 %% of %d MiB", podLimitMib)
			.isLessThan((podLimitMib << 20) * 3 / 4);
	}

	@Test
	@Order(1)
	void sixtyFourClientsOnEveryRouteWithNeverSeenInputsGetOnly2xx() throws Exception {
		String pool = "lync%d.example.com";
		// the JIT's first seconds are not what a running instance serves
		wrk(16, 5, 5, "/?pool=warm" + pool + "&vendor=kea", "/decode?hex=01%010d");
		Wrk load = wrk(64, 30, 10, "/?pool=" + pool + "&vendor=kea", "/api/v1/options?pool=" + pool,
				"/api/v1/config/isc?pool=" + pool + "&scope=10.10.20.0/24", "/download/cisco?pool=" + pool,
				"/decode?hex=0004.6c79.6e63.0773.6368.6572.747a.056c.6f63.616c.00%012d",
				"/?pool=" + pool + "&vendor=netsh", "/api/v1/decode?hex=01%010d");
		System.out.println("load: " + load);
		assertThat(load.requests()).isPositive();
		assertThat(load.errors()).as(load.output()).isZero();
		assertThat(load.non2xx()).as(load.output()).isZero();
	}

	/**
	 * wrk's summary: requests, socket errors of any kind, responses that were not
	 * 2xx/3xx.
	 */
	record Wrk(long requests, long errors, long non2xx, double perSecond, String output) {

		@Override
		public String toString() {
			return String.format("%d requests (%.0f/s), %d socket errors, %d non-2xx, %s", this.requests,
					this.perSecond, this.errors, this.non2xx, text(this.output, "(statuses: [^\\n]*)", "no statuses"));
		}

	}

	/**
	 * Runs wrk; {@code timeout} is how long one request may take before wrk counts a
	 * socket error.
	 */
	private static Wrk wrk(int connections, int seconds, int timeout, String... paths) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("timeout", String.valueOf(seconds + 30), "wrk", "-t2",
				"-c" + connections, "-d" + seconds + "s", "--timeout", timeout + "s", "-s", "bench/unique.lua",
				"http://127.0.0.1:" + port)
			.redirectErrorStream(true);
		builder.environment().put("UNIQUE_PATH", String.join(" ", paths));
		Process wrk = builder.start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(wrk.waitFor(seconds + 40, TimeUnit.SECONDS)).isTrue();
		assertThat(wrk.exitValue()).as(output).isZero();
		return new Wrk(number(output, "(\\d+) requests in"), errors(output),
				number(output, "Non-2xx or 3xx responses: (\\d+)"),
				Double.parseDouble(text(output, "Requests/sec:\\s+([0-9.]+)", "0")), output);
	}

	private static long errors(String output) {
		Matcher errors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
			.matcher(output);
		long total = 0;
		if (errors.find()) {
			for (int i = 1; i <= 4; i++) {
				total += Long.parseLong(errors.group(i));
			}
		}
		return total;
	}

	private static long number(String output, String regex) {
		return Long.parseLong(text(output, regex, "0"));
	}

	private static String text(String output, String regex, String otherwise) {
		Matcher matcher = Pattern.compile(regex).matcher(output);
		return matcher.find() ? matcher.group(1) : otherwise;
	}

	/** Polls readiness on the management port and samples RSS, every 250 ms. */
	private static final class Watch {

		final AtomicInteger probes = new AtomicInteger();

		final AtomicInteger ready = new AtomicInteger();

		final AtomicLong slowestMillis = new AtomicLong();

		final AtomicLong maxRss = new AtomicLong();

		final AtomicInteger worstRun = new AtomicInteger();

		private int run;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final List<Thread> threads = new ArrayList<>();

		void start() {
			this.threads.add(new Thread(this::probe, "readiness-probe"));
			this.threads.forEach(Thread::start);
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			for (Thread thread : this.threads) {
				thread.join(10_000);
			}
		}

		private void probe() {
			while (this.running.get()) {
				long start = System.nanoTime();
				this.probes.incrementAndGet();
				if (readiness() == 200) {
					this.ready.incrementAndGet();
					this.run = 0;
				}
				else {
					this.worstRun.accumulateAndGet(++this.run, Math::max);
				}
				this.slowestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
				this.maxRss.accumulateAndGet(rss(), Math::max);
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

	}

	/** The status of readiness, or -1 when it did not answer within 3 s. */
	static int readiness() {
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(3))
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

	private static long rss() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException ex) {
			// the process is gone: the survival assertion reports it
		}
		return 0;
	}

	/**
	 * The container's memory limit in MiB, read as bench/lib.sh's pod_max_ram reads it
	 * (the first {@code memory:} after {@code limits:}), so the test and the benchmark
	 * emulate the same pod.
	 */
	static long podLimitMib() throws IOException {
		boolean limits = false;
		for (String line : Files.readAllLines(DEPLOYMENT)) {
			limits |= line.strip().equals("limits:");
			Matcher memory = MEMORY.matcher(line);
			if (limits && memory.find()) {
				return Long.parseLong(memory.group(1));
			}
		}
		throw new AssertionError("no memory limit in Mi in " + DEPLOYMENT);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
