package dev.ucdhcp.web.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Path parameters ({@code /;x=1}, {@code /;jsessionid=…}) mean nothing here: the app has
 * no sessions and no route takes them. Servlet path matching ignores them but Spring's
 * patterns do not, so {@code /;} used to fall through to the welcome-page mapping, which
 * renders the page without its model: a 500. They are redirected to the same URL without
 * them, so an old link with a session id still opens the page it meant.
 */
@Component
@Order(FilterOrder.PATH_PARAMETERS)
class PathParameterFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().indexOf(';') < 0;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, withoutPathParameters(request.getRequestURI())
				+ ((query == null || query.isEmpty()) ? "" : "?" + query));
	}

	/** Each segment up to its first {@code ;}; never empty, never {@code //}. */
	static String withoutPathParameters(String uri) {
		StringBuilder path = new StringBuilder();
		for (String segment : uri.split("/", -1)) {
			int semicolon = segment.indexOf(';');
			String kept = (semicolon < 0) ? segment : segment.substring(0, semicolon);
			if (!kept.isEmpty()) {
				path.append('/').append(kept);
			}
		}
		if (path.isEmpty() || uri.endsWith("/")) {
			path.append('/');
		}
		return path.toString();
	}

}
