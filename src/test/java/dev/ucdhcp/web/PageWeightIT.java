package dev.ucdhcp.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page with everything it loads (CSS, JS, htmx, icon) stays under 60 KB on the
 * wire, gzipped as the server sends it, and every asset is cached under a content hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageWeightIT {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|svg))\"");

	private static final int BUDGET_BYTES = 60 * 1024;

	@LocalServerPort
	private int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void theResultPageWithItsAssetsWeighsUnder60KilobytesGzipped() throws Exception {
		HttpResponse<byte[]> page = gzipped("/?pool=lync.schertz.local&vendor=kea");
		assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
		String html = new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		List<String> weights = new ArrayList<>();
		long total = page.body().length;
		weights.add("page " + page.body().length);
		Matcher assets = ASSET.matcher(html);
		int count = 0;
		while (assets.find()) {
			HttpResponse<byte[]> asset = gzipped(assets.group(1));
			assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
			assertThat(assets.group(1)).as("content hash in the URL").matches(".*-[0-9a-f]{32}\\.\\w+");
			assertThat(asset.headers().firstValue("Cache-Control"))
				.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000"));
			total += asset.body().length;
			weights.add(assets.group(1) + " " + asset.body().length);
			count++;
		}
		System.out.println("Page weight, gzipped bytes: " + total + " " + weights);
		assertThat(count).as("css, htmx, app.js, sites.js, icon").isEqualTo(5);
		assertThat(total).as("gzipped bytes: %s", weights).isLessThan(BUDGET_BYTES);
	}

	private HttpResponse<byte[]> gzipped(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
