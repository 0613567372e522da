package dev.ucdhcp.web.http;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The one place that decides "fragment or page" for a URL with two representations. The
 * render cache keys on this decision and the controllers answer with it, so a cached body
 * can never be handed out for the other representation, however odd the headers are (sent
 * twice, joined with a comma, or combined with a history restore).
 */
public final class Htmx {

	public static final String REQUEST = "HX-Request";

	public static final String HISTORY_RESTORE = "HX-History-Restore-Request";

	public static final String PUSH_URL = "HX-Push-Url";

	/**
	 * Longer URLs are not pushed: the header would outgrow Tomcat's response header
	 * buffer (8 KB) and turn a fine answer into an empty 500. The address bar then keeps
	 * its old URL, which is still a page of this site.
	 */
	static final int MAX_PUSH_URL = 2048;

	private Htmx() {
	}

	/**
	 * A fragment only when htmx alone asks for one: exactly one {@code HX-Request: true}
	 * and no history restore (which wants the whole page back). Anything else is a page.
	 */
	public static boolean wantsFragment(HttpServletRequest request) {
		List<String> htmx = values(request, REQUEST);
		boolean restore = !values(request, HISTORY_RESTORE).isEmpty();
		return htmx.size() == 1 && "true".equals(htmx.get(0)) && !restore;
	}

	/**
	 * The decision for a controller, which answers with the fragment when this is true.
	 * Both representations tell caches that they differ by {@code HX-Request}.
	 */
	public static boolean answerWithFragment(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.VARY, REQUEST);
		return wantsFragment(request);
	}

	/** Puts {@code url} in the address bar after a swap, when it fits in a header. */
	public static void pushUrl(HttpServletResponse response, String url) {
		response.setHeader(PUSH_URL, (url.length() <= MAX_PUSH_URL) ? url : "false");
	}

	private static List<String> values(HttpServletRequest request, String name) {
		return Collections.list(request.getHeaders(name));
	}

}
