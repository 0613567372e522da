package dev.ucdhcp.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedPageCacheTest {

	private final AtomicInteger renders = new AtomicInteger();

	private int status = 200;

	/**
	 * Stands in for the page: echoes the query, sets a header like htmx's HX-Push-Url.
	 */
	private final HttpServlet page = new HttpServlet() {

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			int render = RenderedPageCacheTest.this.renders.incrementAndGet();
			response.setStatus(RenderedPageCacheTest.this.status);
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("HX-Push-Url", "/?" + request.getQueryString());
			response.getWriter().write("<p>" + request.getQueryString() + " render " + render + "</p>");
		}

	};

	@Test
	void servesTheSamePermalinkAgainWithoutRenderingIt() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(1 << 20);
		MockHttpServletResponse first = get(cache, "/", "pool=lync.example.com", false);
		MockHttpServletResponse second = get(cache, "/", "pool=lync.example.com", false);
		assertThat(this.renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString())
			.isEqualTo("<p>pool=lync.example.com render 1</p>");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getHeader("HX-Push-Url")).isEqualTo("/?pool=lync.example.com");
		assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
	}

	@Test
	void keysOnTheExactQueryAndTheHtmxHeader() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(1 << 20);
		get(cache, "/", "pool=a.example.com", false);
		get(cache, "/", "pool=b.example.com", false);
		get(cache, "/", "pool=a.example.com", true);
		get(cache, "/", "pool=A.example.com", false);
		assertThat(this.renders).hasValue(4);
		assertThat(get(cache, "/", "pool=b.example.com", false).getContentAsString()).contains("render 2");
	}

	@Test
	void keepsOnlySuccessfulPagesOfTheRootPath() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(1 << 20);
		this.status = 400;
		get(cache, "/", "pool=bad", false);
		get(cache, "/", "pool=bad", false);
		this.status = 200;
		get(cache, "/decode", "hex=00", false);
		get(cache, "/decode", "hex=00", false);
		assertThat(this.renders).hasValue(4);
		assertThat(cache.size()).isZero();
	}

	@Test
	void evictsTheLeastRecentlyUsedPageWhenOverItsByteBudget() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(600);
		for (int i = 0; i < 10; i++) {
			get(cache, "/", "pool=p" + i + ".example.com", false);
		}
		assertThat(cache.size()).isBetween(1, 4);
		get(cache, "/", "pool=p0.example.com", false);
		assertThat(this.renders).hasValue(11);
	}

	@Test
	void leavesAloneParametersThatAreNotInTheQueryString() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(1 << 20);
		for (String pool : new String[] { "a.example.com", "b.example.com" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
			request.setParameter("pool", pool);
			MockHttpServletResponse response = new MockHttpServletResponse();
			cache.doFilter(request, response, new MockFilterChain(this.page));
		}
		assertThat(this.renders).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void zeroBytesTurnsItOff() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(0);
		get(cache, "/", "pool=lync.example.com", false);
		get(cache, "/", "pool=lync.example.com", false);
		assertThat(this.renders).hasValue(2);
	}

	private MockHttpServletResponse get(RenderedPageCache cache, String path, String query, boolean htmx)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		if (htmx) {
			request.addHeader("HX-Request", "true");
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, new MockFilterChain(this.page));
		return response;
	}

}
