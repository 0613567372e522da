package dev.ucdhcp.web.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page links its assets by their content-hashed names, as the resource chain serves
 * them (worked out once by {@link AssetLinks}), and each link loads with a year of
 * caching.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AssetLinksTest {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]+-[0-9a-f]{32}\\.(?:css|js|svg))\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ResourceUrlProvider chain;

	@Test
	void pagesLinkTheChainsHashedNamesAndEachLoads() throws Exception {
		List<String> expected = List.of(this.chain.getForLookupPath("/icon.svg"),
				this.chain.getForLookupPath("/app.css"), this.chain.getForLookupPath("/app.js"),
				this.chain.getForLookupPath("/webjars/htmx.org/" + HtmxAssetTest.webjarVersion() + "/dist/htmx.min.js"),
				this.chain.getForLookupPath("/sites.js"));
		for (String page : List.of("/", "/decode", "/?pool=lync.schertz.local")) {
			HttpResponse<String> response = get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(assets(response.body())).as(page).isEqualTo(expected);
		}
		HttpResponse<String> notFound = get("/no-such-page");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(assets(notFound.body())).as("error page").isEqualTo(expected);
		for (String asset : expected) {
			HttpResponse<String> response = get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(asset).hasValue("max-age=31536000, public");
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> assets(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = ASSET.matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

}
