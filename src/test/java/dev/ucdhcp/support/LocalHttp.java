package dev.ucdhcp.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A GET to a server the test started on 127.0.0.1, bounded in time (a hung server fails
 * the test instead of stalling the build); shared so that every test waits the same.
 */
public final class LocalHttp {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private LocalHttp() {
	}

	public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return get(port, path, Map.of());
	}

	public static HttpResponse<String> get(int port, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10));
		headers.forEach(request::header);
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
