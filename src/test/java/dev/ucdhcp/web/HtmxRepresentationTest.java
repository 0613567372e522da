package dev.ucdhcp.web;

import java.util.stream.Stream;

import dev.ucdhcp.web.http.Htmx;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Each page with two representations, asked for both ways: htmx gets the fragment, a
 * browser the page, both say {@code Vary: HX-Request}; odd htmx headers never get a page
 * stored where the fragment belongs.
 */
@WebSlice
class HtmxRepresentationTest {

	@Autowired
	private MockMvc mvc;

	static Stream<Arguments> pages() {
		return Stream.of(
				Arguments.of("/?pool=rep%d.contoso.com&vendor=kea", "index", "fragments/result :: swap",
						"id=\"result\""),
				Arguments.of("/decode?hex=0004.6c79.6e63.0773.6368.6572.747a.056c.6f63.616c.0%d", "decode",
						"fragments/decoded :: decoded", "id=\"decoded\""));
	}

	static Stream<Arguments> pagesBothWays() {
		return pages().flatMap((page) -> Stream.of(true, false).map((htmx) -> {
			Object[] args = page.get();
			return Arguments.of(args[0], args[1], args[2], args[3], htmx);
		}));
	}

	@ParameterizedTest(name = "{0} htmx={4}")
	@MethodSource("pagesBothWays")
	void answersWithTheRepresentationAskedForAndVariesByHtmx(String url, String page, String fragment, String marker,
			boolean htmx) throws Exception {
		MockHttpServletRequestBuilder request = get(String.format(url, htmx ? 1 : 2));
		if (htmx) {
			request.header(Htmx.REQUEST, "true");
		}
		this.mvc.perform(request)
			.andExpect(template(htmx ? fragment : page))
			.andExpect(header().string("Vary", Htmx.REQUEST))
			.andExpect(content().string(containsString(marker)))
			.andExpect(content().string(htmx ? not(containsString("<html")) : containsString("<html")));
	}

	/**
	 * The template that answered, or whose skeleton did ({@link HtmlPage}: the page and
	 * the swap around a result once their shape was seen).
	 */
	private static ResultMatcher template(String name) {
		return (result) -> {
			ModelAndView answer = result.getModelAndView();
			assertThat(answer).as("a view").isNotNull();
			assertThat((answer.getView() instanceof HtmlPage written) ? written.template() : answer.getViewName())
				.isEqualTo(name);
		};
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void oddHtmxHeadersGetThePageAndNeverPoisonTheFragmentsCacheEntry(String url, String page, String fragment,
			String marker) throws Exception {
		String path = String.format(url, 3);
		this.mvc.perform(get(path).header(Htmx.REQUEST, "true", "true")).andExpect(template(page));
		this.mvc.perform(get(path).header(Htmx.REQUEST, "true", "false"));
		this.mvc.perform(get(path).header(Htmx.REQUEST, "true").header(Htmx.HISTORY_RESTORE, "true", "true"));
		String swapped = this.mvc.perform(get(path).header(Htmx.REQUEST, "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(swapped).contains(marker).doesNotContain("<html");
	}

}
