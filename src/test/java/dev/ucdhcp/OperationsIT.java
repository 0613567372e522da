package dev.ucdhcp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ucdhcp.web.http.RequestLogFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application as an operator sees it: probes answer, nothing but health and
 * info is exposed, and the request log never repeats what a user typed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OperationsIT {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthProbesAreUpOnTheManagementPortOnly(String path) throws Exception {
		HttpResponse<String> response = manage(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
		assertThat(this.managementPort).isNotEqualTo(this.port);
		assertThat(get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void infoIsExposedWithoutTheJvm() throws Exception {
		HttpResponse<String> info = manage("/actuator/info");
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).doesNotContain("\"java\"", "\"jvm\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/mappings", "/actuator/loggers", "/actuator/metrics",
			"/actuator/shutdown", "/actuator/health/diskSpace" })
	void otherActuatorEndpointsAreNotExposed(String path) throws Exception {
		HttpResponse<String> response = manage(path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("java.home", "propertySources", "\"contexts\"", "\"threads\"");
	}

	@Test
	void actuatorIndexListsOnlyHealthAndInfo() throws Exception {
		String index = manage("/actuator").body();
		assertThat(index).contains("/actuator/health", "/actuator/info")
			.doesNotContain("/actuator/env", "/actuator/beans", "/actuator/loggers");
	}

	@Test
	void requestLogNamesParametersWithoutTheirValues() throws Exception {
		// a value and a name carrying a line break and markup, percent-encoded as a
		// browser would send them
		String query = "pool=%3Cscript%3Ealert(1)%3C%2Fscript%3E%0AFAKE+LOG+LINE&vendor=kea&x%0Ay%3Cb%3E=1";
		String line = loggedDuring(() -> get("/api/v1/options?" + query), "GET /api/v1/options");

		assertThat(line).contains("params=[pool,vendor,x?0Ay?3Cb?3E]");
		assertThat(line).doesNotContain("script", "alert", "FAKE", "LOG LINE", "kea", "<", ">", "%0A", "\n");
	}

	@Test
	void healthProbesAreNotLoggedOnEveryCall() throws Exception {
		String lines = loggedDuring(() -> {
			manage("/actuator/health/liveness");
			get("/api/v1/options?pool=lync.schertz.local");
		}, "GET /api/v1/options");

		assertThat(lines).doesNotContain("/actuator/health");
	}

	/**
	 * The request log lines written while {@code requests} run, read from the logger
	 * itself (the console may belong to a context another test started), waiting at most
	 * 5 s for the line containing {@code last}: the filter logs after the response is
	 * sent.
	 */
	private String loggedDuring(Requests requests, String last) throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger(RequestLogFilter.LOGGER_NAME);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			requests.run();
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (System.nanoTime() < deadline) {
				List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
				if (lines.stream().anyMatch((line) -> line.contains(last))) {
					return String.join("\n", lines);
				}
				Thread.sleep(20);
			}
			throw new AssertionError("no request log line containing " + last + " within 5 s");
		}
		finally {
			logger.detachAppender(appender);
		}
	}

	@FunctionalInterface
	private interface Requests {

		void run() throws Exception;

	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(this.port, path);
	}

	private HttpResponse<String> manage(String path) throws IOException, InterruptedException {
		return get(this.managementPort, path);
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
