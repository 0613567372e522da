package dev.ucdhcp.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps recently rendered pages ({@code GET /}) in memory, keyed by the raw query string
 * and the {@code HX-Request} header. The page is a pure function of its URL (the app
 * holds no state; the base URL is fixed per deployment), so a permalink opened again, by
 * a colleague or by htmx as the user types back and forth, skips Thymeleaf, which costs
 * ten times more than serving a static file. Bounded by bytes (least recently used out
 * first); {@code ucdhcp.page-cache.max-bytes=0} turns it off. Only 200 responses without
 * cookies are kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RenderedPageCache extends OncePerRequestFilter {

	static final int MAX_QUERY = 2048;

	static final int MAX_PAGE = 256 * 1024;

	private final long maxBytes;

	private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

	private long bytes;

	public RenderedPageCache(@Value("${ucdhcp.page-cache.max-bytes:16777216}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	record Page(String contentType, List<String[]> headers, byte[] body) {

		long size() {
			return this.body.length + 64L * (this.headers.size() + 1);
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String query = request.getQueryString();
		// parameters that did not come from the query string (a test's MockMvc .param())
		// are not in the key
		boolean keyable = (query != null) ? query.length() <= MAX_QUERY : request.getParameterMap().isEmpty();
		return this.maxBytes <= 0 || !"GET".equals(request.getMethod()) || !"/".equals(request.getRequestURI())
				|| !keyable;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Page cached = get(key);
		if (cached != null) {
			replay(cached, response);
			return;
		}
		Set<String> before = new HashSet<>(response.getHeaderNames());
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() == 200 && wrapper.getContentSize() <= MAX_PAGE
					&& !response.containsHeader(HttpHeaders.SET_COOKIE) && !request.isAsyncStarted()) {
				put(key, new Page(response.getContentType(), addedHeaders(response, before),
						wrapper.getContentAsByteArray()));
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return ("true".equals(request.getHeader("HX-Request")) ? "hx?" : "?") + ((query != null) ? query : "");
	}

	private static List<String[]> addedHeaders(HttpServletResponse response, Set<String> before) {
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!before.contains(name) && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
					&& !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				for (String value : response.getHeaders(name)) {
					headers.add(new String[] { name, value });
				}
			}
		}
		return List.copyOf(headers);
	}

	private static void replay(Page page, HttpServletResponse response) throws IOException {
		response.setStatus(200);
		for (String[] header : page.headers()) {
			response.addHeader(header[0], header[1]);
		}
		if (page.contentType() != null) {
			response.setContentType(page.contentType());
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private synchronized Page get(String key) {
		return this.pages.get(key);
	}

	private synchronized void put(String key, Page page) {
		if (page.size() > this.maxBytes) {
			return;
		}
		Page previous = this.pages.put(key, page);
		this.bytes += page.size() - ((previous != null) ? previous.size() : 0);
		Iterator<Page> eldest = this.pages.values().iterator();
		while (this.bytes > this.maxBytes && eldest.hasNext()) {
			this.bytes -= eldest.next().size();
			eldest.remove();
		}
	}

	synchronized int size() {
		return this.pages.size();
	}

}
