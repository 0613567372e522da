package dev.ucdhcp.web.http;

import org.springframework.core.Ordered;

/**
 * The order of the app's servlet filters, outermost first, in one place so no two share a
 * value: two filters with one order run in whatever order their beans were found, and
 * Spring Boot's character encoding filter holds {@link Ordered#HIGHEST_PRECEDENCE}
 * itself.
 */
final class FilterOrder {

	/** Outermost: it times and logs every request, answered by any filter below. */
	static final int REQUEST_LOG = Ordered.HIGHEST_PRECEDENCE + 1;

	/** Every response carries the headers, redirects and replayed bodies too. */
	static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 2;

	/** Redirects before any route sees a path parameter. */
	static final int PATH_PARAMETERS = Ordered.HIGHEST_PRECEDENCE + 3;

	static final int STATIC_CACHE = Ordered.HIGHEST_PRECEDENCE + 4;

	/** Before the concurrency limit, so a replayed body needs no permit. */
	static final int RENDER_CACHE = Ordered.HIGHEST_PRECEDENCE + 10;

	static final int CONCURRENCY_LIMIT = Ordered.HIGHEST_PRECEDENCE + 20;

	private FilterOrder() {
	}

}
