package dev.ucdhcp.web;

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
	void theSecondRequestIsReplayedWhileTheCacheIsOn() throws Exception {
		assertThat(renderingsOfTwoEqualRequests(new MockEnvironment())).isEqualTo(1);
	}

	@Test
	void everyRequestRendersWithTheCacheSwitchedOff() throws Exception {
		MockEnvironment off = new MockEnvironment().withProperty("ucdhcp.render-cache.enabled", "false");
		assertThat(renderingsOfTwoEqualRequests(off)).isEqualTo(2);
	}

	private static int renderingsOfTwoEqualRequests(MockEnvironment environment) throws ServletException, IOException {
		RenderCacheFilter filter = new RenderCacheFilter();
		filter.setEnvironment(environment);
		AtomicInteger renderings = new AtomicInteger();
		FilterChain render = (request, response) -> {
			renderings.incrementAndGet();
			response.setContentType("application/json");
			response.getWriter().write("{}");
		};
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/options");
			request.setParameter("pool", "switch.contoso.com");
			filter.doFilter(request, new MockHttpServletResponse(), render);
		}
		return renderings.get();
	}

}
