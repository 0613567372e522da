package dev.ucdhcp.web.http;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every page, file and JSON body here is a pure function of the URL (plus the htmx
 * decision and the Accept header), so a successful GET is rendered once and replayed: a
 * permalink shared with a team costs one template rendering, not one per click. The cache
 * is bounded by bytes, not entries, and bodies over {@link #MAX_BODY_BYTES} are neither
 * stored nor copied. Each replayable body carries a weak ETag, so browsers and proxies
 * can revalidate with a 304 instead of fetching it again.
 * <p>
 * A URL is stored the second time it is asked for, not the first: most URLs are asked
 * once (htmx asks for one at every pause in typing), and storing them cost a never-seen
 * page about a quarter of its throughput (copying, checksums, the old generation filling
 * up: bench/run.sh) and pushed shared permalinks out. Which URLs were asked once is kept
 * in a fixed table of {@link #SEEN_SLOTS} hashes: a collision only stores a URL early.
 */
@Component
@Order(FilterOrder.RENDER_CACHE)
class RenderCacheFilter extends OncePerRequestFilter {

	/**
	 * What the cache may hold in total: keys and bodies, counted in bytes. It lives in a
	 * 48 MiB heap whose live set is ~20 MB without it (deploy/jvm.options): 16 MiB made
	 * LoadIT's flood collect the old generation back to back, 4 MiB (~100 pages) does
	 * not.
	 */
	static final long MAX_CACHE_BYTES = 4L * 1024 * 1024;

	static final int MAX_BODY_BYTES = 64 * 1024;

	/** How many URLs asked once are remembered (a power of two: 32 KB of hashes). */
	static final int SEEN_SLOTS = 8192;

	private final int[] seen = new int[SEEN_SLOTS];

	private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.VARY,
			Htmx.PUSH_URL);

	private record Rendered(String contentType, Map<String, String> headers, byte[] body, String etag) {

		int weight() {
			return this.body.length + 64 * (1 + this.headers.size())
					+ this.headers.values().stream().mapToInt(String::length).sum();
		}

	}

	private volatile Boolean enabled;

	private final Cache<String, Rendered> cache = Caffeine.newBuilder()
		.maximumWeight(MAX_CACHE_BYTES)
		.weigher((String key, Rendered rendered) -> 2 * key.length() + rendered.weight())
		.build();

	/** Read once: resolving the property on every request cost 2 % of a page (JFR). */
	private boolean enabled() {
		Boolean enabled = this.enabled;
		if (enabled == null) {
			enabled = getEnvironment().getProperty("ucdhcp.render-cache.enabled", Boolean.class, true);
			this.enabled = enabled;
		}
		return enabled;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// ucdhcp.render-cache.enabled=false: every request renders (bench/run.sh
		// --no-render-cache measures that)
		if (!"GET".equals(request.getMethod()) || !enabled()) {
			return true;
		}
		return !Routes.replayable(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Rendered rendered = this.cache.getIfPresent(key);
		if (rendered == null && !seenBefore(key)) {
			chain.doFilter(request, response);
			return;
		}
		if (rendered == null) {
			BoundedRecording recording = new BoundedRecording(response, MAX_BODY_BYTES);
			chain.doFilter(request, recording);
			Optional<byte[]> body = recording.finish();
			if (body.isEmpty()) {
				return;
			}
			if (response.getStatus() != HttpServletResponse.SC_OK || response.getContentType() == null) {
				write(body.get(), response);
				return;
			}
			rendered = record(response, body.get());
			this.cache.put(key, rendered);
		}
		replay(rendered, request, response);
	}

	/**
	 * Whether this key was asked for before, as far as the table remembers; it is
	 * remembered from now on. Unsynchronised on purpose: a lost write only stores a URL
	 * on its third request instead of its second.
	 */
	private boolean seenBefore(String key) {
		int hash = key.hashCode();
		int slot = (hash * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(SEEN_SLOTS));
		if (this.seen[slot] == hash) {
			return true;
		}
		this.seen[slot] = hash;
		return false;
	}

	private static Rendered record(HttpServletResponse response, byte[] body) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : REPLAYED_HEADERS) {
			String value = response.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		return new Rendered(response.getContentType(), headers, body, Etags.weak(body));
	}

	/**
	 * The URL's parameters as the servlet parsed them (not the raw query string: the same
	 * parameters spelt differently share one entry), plus what changes the body: the htmx
	 * decision (the one the controllers take) and the Accept header.
	 */
	private static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getRequestURI()).append('?');
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				key.append(name.length()).append(':').append(name).append(value.length()).append(':').append(value);
			}
		});
		return key.append('|')
			.append(Htmx.wantsFragment(request) ? "fragment" : "page")
			.append('|')
			.append(String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT))))
			.toString();
	}

	private static void replay(Rendered rendered, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setContentType(rendered.contentType());
		rendered.headers().forEach(response::setHeader);
		// sets the ETag, and answers 304 when If-None-Match names it (weak comparison)
		if (new ServletWebRequest(request, response).checkNotModified(rendered.etag())) {
			return;
		}
		write(rendered.body(), response);
	}

	/** A response already sent as an error (sendError) keeps the error page's body. */
	private static void write(byte[] body, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
