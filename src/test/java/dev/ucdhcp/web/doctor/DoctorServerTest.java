package dev.ucdhcp.web.doctor;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import dev.ucdhcp.doctor.ConfigDoctor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doctor behind a real Tomcat: its limits are the app's, not lower ones of Tomcat or
 * Spring, and a paste never reaches the log (even at DEBUG for Spring's web layer and the
 * app) or the render cache.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.springframework.web=DEBUG", "logging.level.dev.ucdhcp=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class DoctorServerTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final int LIMIT = ConfigDoctor.MAX_PASTE_BYTES;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void aPasteNeverReachesTheLogOrTheRenderCache(CapturedOutput output) throws Exception {
		String marker = "zqmarker" + UUID.randomUUID().toString().replace("-", "");
		String paste = Pastes.brokenIsc(marker);
		List<HttpResponse<String>> responses = new ArrayList<>();
		responses.add(form(paste, ""));
		responses.add(form(paste, "isc"));
		responses.add(send(post("/doctor", "paste=" + encode(paste)).header("HX-Request", "true")
			.header("Content-Type", "application/x-www-form-urlencoded")));
		responses.add(api("/api/v1/doctor", paste));
		responses.add(api("/api/v1/doctor?format=kea", paste));
		responses.add(api("/api/v1/doctor?format=bind9", paste));
		responses.add(api("/api/v1/doctor", paste + "#" + "x".repeat(LIMIT)));
		for (int i = 0; i < 2; i++) {
			// stored on the second GET: the cache then holds something to search
			responses.add(send(HttpRequest.newBuilder(uri("/doctor")).GET()));
			responses.add(send(HttpRequest.newBuilder(uri("/?pool=lync.schertz.local&vendor=isc")).GET()));
		}
		for (HttpResponse<String> response : responses) {
			assertThat(response.uri().toString()).doesNotContain(marker);
			response.headers()
				.map()
				.forEach((name, values) -> assertThat(values).as(name).noneMatch((value) -> value.contains(marker)));
		}
		String log = output.getAll();
		assertThat(log).contains("POST /doctor ").contains("POST /api/v1/doctor ").doesNotContain(marker);
		List<String> cached = cachedKeysAndBodies();
		assertThat(cached).isNotEmpty().noneMatch((entry) -> entry.contains(marker));
	}

	@Test
	void tomcatTakesAFormPasteAtTheLimitEvenWhenEveryByteIsPercentEncoded() throws Exception {
		// each é is two bytes of UTF-8 and six characters of the form body: 768 KiB
		String atLimit = Pastes.brokenIscOf(LIMIT);
		HttpResponse<String> response = form(atLimit, "");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("over 256 KiB").contains("ISC_NOT_AUTHORITATIVE");
		HttpResponse<String> over = form(atLimit + "x", "");
		assertThat(over.statusCode()).isEqualTo(413);
		assertThat(over.body()).contains("The paste is over 256 KiB");
	}

	@Test
	void theApiTakesABodyAtTheLimitAndRefusesOneByteMoreWith413() throws Exception {
		String atLimit = Pastes.brokenIscOf(LIMIT);
		HttpResponse<String> response = api("/api/v1/doctor", atLimit);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("{\"format\":\"isc\",\"healthy\":false,");
		HttpResponse<String> over = api("/api/v1/doctor", atLimit + "#");
		assertThat(over.statusCode()).isEqualTo(413);
		assertThat(over.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private HttpResponse<String> form(String paste, String format) throws IOException, InterruptedException {
		return send(post("/doctor", "paste=" + encode(paste) + "&format=" + format).header("Content-Type",
				"application/x-www-form-urlencoded"));
	}

	private HttpResponse<String> api(String path, String body) throws IOException, InterruptedException {
		return send(post(path, body).header("Content-Type", "text/plain; charset=UTF-8"));
	}

	private HttpRequest.Builder post(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * Every key and body the render cache holds, read from the filter bean: the cache is
	 * its private state, so reflection it is (the test fails loudly if the field moves).
	 */
	private List<String> cachedKeysAndBodies() throws ReflectiveOperationException {
		Object filter = this.context.getBean("renderCacheFilter");
		Field field = filter.getClass().getDeclaredField("cache");
		field.setAccessible(true);
		Cache<?, ?> cache = (Cache<?, ?>) field.get(filter);
		List<String> entries = new ArrayList<>();
		for (Map.Entry<?, ?> entry : cache.asMap().entrySet()) {
			Field body = entry.getValue().getClass().getDeclaredField("body");
			body.setAccessible(true);
			entries.add(entry.getKey() + " " + new String((byte[]) body.get(entry.getValue()), StandardCharsets.UTF_8));
		}
		return entries;
	}

}
