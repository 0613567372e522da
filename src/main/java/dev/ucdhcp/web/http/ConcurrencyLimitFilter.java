package dev.ucdhcp.web.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the renders, decodes and diagnoses running at once. Rendering is CPU work, so
 * more of it in parallel than a few per core only adds memory. Up to
 * {@code ucdhcp.limits.queue} more requests wait their turn (a burst is served, a little
 * later); beyond that a request gets an immediate 503 with {@code Retry-After}, as does
 * one that waited {@code ucdhcp.limits.queue-wait} in vain, instead of a growing heap.
 * Runs after the render cache, so a replayed body needs no permit; health checks are on
 * the management port and never wait here.
 */
@Component
@Order(FilterOrder.CONCURRENCY_LIMIT)
class ConcurrencyLimitFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "1";

	private final Semaphore permits;

	private final int queue;

	private final Duration queueWait;

	private final AtomicInteger waiting = new AtomicInteger();

	ConcurrencyLimitFilter(@Value("${ucdhcp.limits.concurrent-renders:16}") int concurrentRenders,
			@Value("${ucdhcp.limits.queue:96}") int queue,
			@Value("${ucdhcp.limits.queue-wait:10s}") Duration queueWait) {
		this.permits = new Semaphore(concurrentRenders, true);
		this.queue = queue;
		this.queueWait = queueWait;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !Routes.rendered(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!acquire()) {
			busy(response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	/** A few bytes written here: an error page rendered under overload would add work. */
	private static void busy(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write("ucdhcp is busy: try again in a second.\n");
	}

	private boolean acquire() {
		if (this.permits.tryAcquire()) {
			return true;
		}
		try {
			if (this.waiting.incrementAndGet() > this.queue) {
				return false;
			}
			return this.permits.tryAcquire(this.queueWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

}
