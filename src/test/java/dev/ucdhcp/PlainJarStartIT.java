package dev.ucdhcp;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar ucdhcp.jar} with no flags at all, as someone without the image runs
 * it: it uses the bean definitions Spring AOT generated at build time and serves a
 * permalink.
 */
class PlainJarStartIT {

	@Test
	void thePlainJarStartsWithBuildTimeBeanDefinitionsAndServesAPermalink() throws Exception {
		Path jar = Path.of("target/ucdhcp.jar");
		assertThat(jar).as("packaged before integration tests").isRegularFile();
		Path log = Files.createTempFile("ucdhcp-plain-jar", ".log");
		int port = freePort();
		Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "--server.port=" + port, "--management.server.port=" + freePort(),
				"--server.address=127.0.0.1")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			HttpResponse<String> page = firstAnswer(
					URI.create("http://127.0.0.1:" + port + "/?pool=lync.schertz.local"), app);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("00046C796E63077363686572747A056C6F63616C00");
			assertThat(Files.readString(log)).contains("Starting AOT-processed UcdhcpApplication");
		}
		finally {
			app.destroy();
			if (!app.waitFor(20, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
			Files.deleteIfExists(log);
		}
	}

	private static HttpResponse<String> firstAnswer(URI uri, Process app) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline && app.isAlive()) {
			try {
				return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new AssertionError("no answer from " + uri + " within 90 s (alive: " + app.isAlive() + ")");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
