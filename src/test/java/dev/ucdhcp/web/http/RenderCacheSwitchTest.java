package dev.ucdhcp.web.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ucdhcp.render-cache.enabled=false} (bench/run.sh --no-render-cache) makes every
 * request render, so the benchmark can measure what a page costs without the cache.
 */
class RenderCacheSwitchTest {

	@Test
	void theThirdRequestIsReplayedWhileTheCacheIsOn() throws Exception {
		// the first is rendered and remembered, the second rendered and stored
		assertThat(renderingsOfThreeEqualRequests(new MockEnvironment())).isEqualTo(2);
	}

	@Test
	void everyRequestRendersWithTheCacheSwitchedOff() throws Exception {
		MockEnvironment off = new MockEnvironment().withProperty("ucdhcp.render-cache.enabled", "false");
		assertThat(renderingsOfThreeEqualRequests(off)).isEqualTo(3);
	}

	private static int renderingsOfThreeEqualRequests(MockEnvironment environment)
			throws ServletException, IOException {
		RenderCacheFilter filter = new RenderCacheFilter();
		filter.setEnvironment(environment);
		AtomicInteger renderings = new AtomicInteger();
		FilterChain render = (request, response) -> {
			renderings.incrementAndGet();
			response.setContentType("application/json");
			response.getWriter().write("{}");
		};
		for (int i = 0; i < 3; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/options");
			request.setParameter("pool", "switch.contoso.com");
			filter.doFilter(request, new MockHttpServletResponse(), render);
		}
		return renderings.get();
	}

}
