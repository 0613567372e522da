package dev.ucdhcp.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every page, file and JSON body here is a pure function of the URL (plus the htmx and
 * Accept headers), so a successful GET is rendered once and replayed from a small LRU: a
 * permalink shared with a team costs one template rendering, not one per click.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RenderCacheFilter extends OncePerRequestFilter {

	static final int MAX_ENTRIES = 512;

	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.VARY,
			"HX-Push-Url");

	private record Rendered(String contentType, Map<String, String> headers, byte[] body) {
	}

	private final Map<String, Rendered> cache = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// ucdhcp.render-cache.enabled=false: every request renders (bench/run.sh
		// --no-render-cache measures that)
		if (!"GET".equals(request.getMethod())
				|| !getEnvironment().getProperty("ucdhcp.render-cache.enabled", Boolean.class, true)) {
			return true;
		}
		String path = request.getRequestURI();
		return !(path.equals("/") || path.equals("/decode") || path.startsWith("/download/")
				|| path.startsWith("/api/v1/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Rendered rendered;
		synchronized (this.cache) {
			rendered = this.cache.get(key);
		}
		if (rendered != null) {
			replay(rendered, response);
			return;
		}
		ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recording);
		if (recording.getStatus() == HttpServletResponse.SC_OK && recording.getContentSize() <= MAX_BODY_BYTES
				&& recording.getContentType() != null) {
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : REPLAYED_HEADERS) {
				String value = recording.getHeader(name);
				if (value != null) {
					headers.put(name, value);
				}
			}
			Rendered fresh = new Rendered(recording.getContentType(), headers, recording.getContentAsByteArray());
			synchronized (this.cache) {
				this.cache.put(key, fresh);
			}
		}
		recording.copyBodyToResponse();
	}

	/**
	 * The URL's parameters as the servlet parsed them (not the raw query string: the same
	 * parameters spelt differently share one entry), plus the headers that change the
	 * body.
	 */
	private static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getRequestURI()).append('?');
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				key.append(name.length()).append(':').append(name).append(value.length()).append(':').append(value);
			}
		});
		return key.append('|')
			.append(request.getHeader("HX-Request"))
			.append('|')
			.append(request.getHeader("HX-History-Restore-Request"))
			.append('|')
			.append(request.getHeader(HttpHeaders.ACCEPT))
			.toString();
	}

	private static void replay(Rendered rendered, HttpServletResponse response) throws IOException {
		response.setContentType(rendered.contentType());
		rendered.headers().forEach(response::setHeader);
		response.setContentLength(rendered.body().length);
		response.getOutputStream().write(rendered.body());
	}

}
