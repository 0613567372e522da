package dev.ucdhcp.web.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyLimitFilterTest {

	@Test
	void aRequestBeyondTheLimitGetsAFast503WithRetryAfter() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, 1, Duration.ofMillis(50));
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<?> first = executor.submit(() -> {
				filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
						(request, response) -> {
							rendering.countDown();
							awaitQuietly(release);
						});
				return null;
			});
			assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
			MockHttpServletResponse refused = new MockHttpServletResponse();
			long start = System.nanoTime();
			filter.doFilter(new MockHttpServletRequest("GET", "/decode"), refused, new MockFilterChain());
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
			assertThat(refused.getContentAsString()).contains("busy");
			release.countDown();
			first.get(5, TimeUnit.SECONDS);
			MockHttpServletResponse served = new MockHttpServletResponse();
			filter.doFilter(new MockHttpServletRequest("GET", "/decode"), served, new MockFilterChain());
			assertThat(served.getStatus()).isEqualTo(200);
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aRequestFindingTheQueueFullIsRefusedAtOnce() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(0, 0, Duration.ofSeconds(30));
		MockHttpServletResponse refused = new MockHttpServletResponse();
		long start = System.nanoTime();
		filter.doFilter(new MockHttpServletRequest("GET", "/"), refused, new MockFilterChain());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(refused.getStatus()).isEqualTo(503);
	}

	@Test
	void staticFilesAndHealthNeverWait() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(0, 0, Duration.ZERO);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/app.css"), response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
