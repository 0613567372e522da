package dev.ucdhcp.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The container image's JDK AOT training run ({@code -Ducdhcp.training-run=true} with
 * {@code -XX:AOTCacheOutput}): once the app is ready it asks itself for every kind of
 * response over HTTP, so the cache holds the classes and profiles of serving, not only of
 * starting, then exits. A route that does not answer 200 fails the image build. The
 * switch is read at run time, not as a bean condition, because Spring AOT fixes
 * conditions at build time.
 */
@Component
public class TrainingRun {

	static final String SWITCH = "ucdhcp.training-run";

	private static final Logger logger = LoggerFactory.getLogger(TrainingRun.class);

	/** Rounds over the routes: enough for the JIT profiles the cache keeps (JEP 515). */
	static final int ROUNDS = 60;

	private static final String POOL = "pool=lync%d.schertz.local";

	static final List<String> ROUTES = List.of("/?" + POOL + "&vendor=kea", "/?" + POOL + "&vendor=netsh",
			"/?" + POOL + "&vendor=isc&scope=10.10.20.0%%2F24&ntp=10.0.0.1", "/?pool=bad..name&vendor=kea", "/?",
			"/api/v1/options?" + POOL, "/api/v1/config/kea?" + POOL + "&scope=10.10.20.0%%2F24",
			"/api/v1/config/mikrotik?" + POOL, "/download/powershell?" + POOL, "/download/cisco?" + POOL,
			"/download/dnsmasq?" + POOL, "/decode?hex=0004.6c79.6e63.0773.6368.6572.747a.056c.6f63.616c.00",
			"/decode?hex=", "/api/v1/decode?hex=0004.6c79.6e63.0773.6368.6572.747a.056c.6f63.616c.00", "/v3/api-docs",
			"/icon.svg");

	/** Asked on the management port, where health lives (README "Limits"). */
	static final String HEALTH = "/actuator/health/liveness";

	private static final List<String> NOT_200 = List.of("/?pool=bad..name&vendor=kea");

	@EventListener
	public void onReady(ApplicationReadyEvent event) {
		ApplicationContext context = event.getApplicationContext();
		if (!context.getEnvironment().getProperty(SWITCH, Boolean.class, false)
				|| !(context instanceof WebServerApplicationContext web)) {
			return;
		}
		String base = "http://127.0.0.1:" + web.getWebServer().getPort();
		String management = "http://127.0.0.1:"
				+ context.getEnvironment().getProperty("local.management.port", web.getWebServer().getPort() + "");
		// on its own thread: readiness turns to ACCEPTING_TRAFFIC only after this
		// listener returns
		new Thread(() -> {
			int code = train(base, management);
			System.exit(SpringApplication.exit(context, () -> code));
		}, "training-run").start();
	}

	private static int train(String base, String management) {
		try {
			for (int round = 0; round < ROUNDS; round++) {
				for (String route : ROUTES) {
					request(base + String.format(route, round), false);
					request(base + String.format(route, round), true);
				}
				request(management + HEALTH, false);
			}
			return 0;
		}
		catch (IOException | IllegalStateException ex) {
			logger.error("training run failed: {}", ex.getMessage());
			return 1;
		}
	}

	private static void request(String url, boolean htmx) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		connection.setConnectTimeout(5000);
		connection.setReadTimeout(30000);
		if (htmx) {
			connection.setRequestProperty("HX-Request", "true");
		}
		int status = connection.getResponseCode();
		boolean expected = NOT_200.stream().anyMatch(url::endsWith) ? status == 200 || status == 422 || status == 400
				: status == 200;
		try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			if (body != null) {
				body.readAllBytes();
			}
		}
		if (!expected) {
			throw new IllegalStateException("training run: " + url + " answered " + status);
		}
	}

}
