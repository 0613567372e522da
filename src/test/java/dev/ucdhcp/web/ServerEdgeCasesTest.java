package dev.ucdhcp.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.encoding.SiteLines;
import dev.ucdhcp.support.RandomInputs;
import dev.ucdhcp.web.http.Htmx;
import dev.ucdhcp.web.http.RequestLogFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the real server shows: URLs Tomcat and Spring read differently, header size
 * limits, the management port, static caching, and the Cisco permalink's path form.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServerEdgeCasesTest {

	/** Characters per line that bring 64 lines close to the length cap. */
	private static final int SITE_LINE = 99;

	/**
	 * A file for 64 sites is as long as 64 sites need: bounded by the input limits, not
	 * by the 64 KB of a single-site answer (README "Limits").
	 */
	private static final int SITES_BODY_LIMIT = 256 * 1024;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Pattern CISCO_PERMALINK = Pattern.compile("Permalink: https?://[^/\\s]+(/p/\\S*)");

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private Permalinks permalinks;

	@ParameterizedTest
	@ValueSource(strings = { "/;", "/;x=1", "/;jsessionid=0123456789ABCDEF0123456789ABCDEF",
			"/;jsessionid=1?pool=lync.schertz.local", "/decode;x=1", "/api/v1/options;a=b?pool=lync.schertz.local" })
	void pathParametersRedirectToTheSameUrlWithoutThem(String path) throws Exception {
		HttpResponse<String> response = get(this.port, path, Map.of());
		assertThat(response.statusCode()).isEqualTo(301);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).doesNotContain(";");
		assertThat(get(this.port, URI.create(location).getRawPath()
				+ ((URI.create(location).getRawQuery() != null) ? "?" + URI.create(location).getRawQuery() : ""),
				Map.of())
			.statusCode()).isEqualTo(200);
	}

	@Test
	void anHtmxRequestWithAnEightKilobyteQueryIsAnsweredAndLoggedWithItsRealStatus() throws Exception {
		// about 7.7 KB whatever the number of inputs
		String value = "%C3%A9".repeat(7700 / (6 * ProvisioningInputs.NAMES.size()));
		String query = ProvisioningInputs.NAMES.stream()
			.map((name) -> name + "=" + value)
			.collect(Collectors.joining("&"));
		assertThat(query.length()).isBetween(7500, 8000);
		ListAppender<ILoggingEvent> log = listen();
		try {
			HttpResponse<String> response = get(this.port, "/?" + query, Map.of(Htmx.REQUEST, "true"));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("id=\"result\"").doesNotContain("<html");
			assertThat(response.headers().firstValue(Htmx.PUSH_URL)).hasValue("false");
			assertThat(loggedLine(log, "GET / ")).contains("GET / 200 ");
		}
		finally {
			((Logger) LoggerFactory.getLogger(RequestLogFilter.LOGGER_NAME)).detachAppender(log);
		}
	}

	/**
	 * The longest {@code sites} the contract allows, typed into the page: htmx repeats
	 * the whole URL in {@code HX-Current-URL}, so the request's headers are twice the
	 * query.
	 */
	@Test
	void anHtmxRequestWithTheLongestSitesIsAnswered() throws Exception {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < SiteLines.MAX_SITES; i++) {
			String name = String.format("site%016d", i);
			String scope = "10." + (i / 256) + "." + (i % 256) + ".0/24";
			String head = name + "," + scope + ",";
			lines.add(head + "s".repeat(SITE_LINE - head.length() - ".example.com".length()) + ".example.com");
		}
		String sites = String.join("\n", lines);
		assertThat(sites.length()).isBetween(SiteLines.MAX_LENGTH - SITE_LINE, SiteLines.MAX_LENGTH);
		String path = "/?pool=lync.schertz.local&sites=" + URLEncoder.encode(sites, StandardCharsets.UTF_8)
				+ "&vendor=kea";
		HttpResponse<String> response = get(this.port, path,
				Map.of(Htmx.REQUEST, "true", "HX-Current-URL", "http://127.0.0.1:" + this.port + path));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"result\"").contains("site0000000000000063");
		assertThat(response.body().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(SITES_BODY_LIMIT);
		for (String vendor : List.of("netsh", "powershell", "isc", "kea", "cisco", "mikrotik", "dnsmasq")) {
			HttpResponse<String> config = get(this.port, path.replace("/?", "/api/v1/config/" + vendor + "?"),
					Map.of());
			assertThat(config.statusCode()).as(vendor).isEqualTo(200);
			assertThat(config.body().getBytes(StandardCharsets.UTF_8)).as(vendor)
				.hasSizeLessThanOrEqualTo(SITES_BODY_LIMIT);
		}
	}

	@Test
	void infoNamesTheBuildButNotTheJvm() throws Exception {
		String info = get(this.managementPort, "/actuator/info", Map.of()).body();
		assertThat(info).contains("\"version\"").doesNotContainIgnoringCase("java").doesNotContainIgnoringCase("jvm");
	}

	@Test
	void onlyContentHashedStaticUrlsAreCachedForAYear() throws Exception {
		String page = get(this.port, "/", Map.of()).body();
		Matcher hashedCss = Pattern.compile("href=\"(/app-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(hashedCss.find()).isTrue();
		assertThat(get(this.port, hashedCss.group(1), Map.of()).headers().firstValue("Cache-Control").orElseThrow())
			.contains("max-age=31536000");
		for (String plain : List.of("/app.css", "/app.js", "/icon.svg")) {
			HttpResponse<String> response = get(this.port, plain, Map.of());
			assertThat(response.statusCode()).as(plain).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(plain).hasValue("no-cache");
		}
	}

	@Test
	void ciscoFilesHaveNoQuestionMarkOrTabAndTheirPermalinkOpensTheSamePage() throws Exception {
		List<Map<String, String>> samples = RandomInputs.samples(1414, 60, RandomInputs::provisioningInputs).toList();
		for (Map<String, String> inputs : samples) {
			String query = inputs.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpResponse<String> cisco = get(this.port, "/api/v1/config/cisco?" + query, Map.of());
			assertThat(cisco.statusCode()).as(query).isEqualTo(200);
			assertThat(cisco.body()).as(query).doesNotContain("?", "\t");
			String expected = "/?" + this.permalinks
				.query(ProvisioningInputs.parse(withAllNames(inputs)).provisioning().orElseThrow(), "cisco");
			// the file's own permalink, and with sites one per site before it; a very
			// long
			// one is wrapped over several comment lines and not matched here
			Matcher permalink = CISCO_PERMALINK.matcher(cisco.body());
			List<String> locations = new ArrayList<>();
			while (permalink.find()) {
				HttpResponse<String> redirect = get(this.port, permalink.group(1), Map.of());
				assertThat(redirect.statusCode()).as(permalink.group(1)).isEqualTo(301);
				locations.add(redirect.headers().firstValue("Location").orElseThrow());
			}
			assertThat(locations).allMatch((location) -> location.startsWith("/?"));
			if (!cisco.body().contains("Permalink (long")) {
				assertThat(locations).as(cisco.body()).contains(expected);
			}
			HttpResponse<String> page = get(this.port, expected, Map.of());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("value=\"" + inputs.get("pool") + "\"")
				.contains("id=\"v-cisco\" value=\"cisco\" checked");
		}
	}

	private static Map<String, String> withAllNames(Map<String, String> inputs) {
		Map<String, String> all = new LinkedHashMap<>();
		ProvisioningInputs.NAMES.forEach((name) -> all.put(name, inputs.getOrDefault(name, "")));
		return all;
	}

	private static ListAppender<ILoggingEvent> listen() {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		((Logger) LoggerFactory.getLogger(RequestLogFilter.LOGGER_NAME)).addAppender(appender);
		return appender;
	}

	/** The filter logs after the response is sent: waits at most 5 s for the line. */
	private static String loggedLine(ListAppender<ILoggingEvent> appender, String start) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			for (ILoggingEvent event : List.copyOf(appender.list)) {
				if (event.getFormattedMessage().startsWith(start)) {
					return event.getFormattedMessage();
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no request log line starting with " + start);
	}

	private static HttpResponse<String> get(int port, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10));
		headers.forEach(request::header);
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
