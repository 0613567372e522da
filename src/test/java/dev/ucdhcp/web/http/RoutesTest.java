package dev.ucdhcp.web.http;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.ucdhcp.web.WebSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one list of routes the filters choose by covers every route a controller maps: a
 * new route that renders is bounded by the concurrency limit and, unless it says
 * otherwise, replayed by the render cache.
 */
@WebSlice
class RoutesTest {

	/** Mapped routes that render nothing: a redirect and a file read once. */
	private static final Set<String> NOT_RENDERED = Set.of("/p/**", "/v3/api-docs");

	@Autowired
	private RequestMappingHandlerMapping mapping;

	@Test
	void everyMappedRouteIsInTheList() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			mapped.addAll(info.getPatternValues());
		}
		mapped.removeIf((route) -> route.startsWith("/error"));
		assertThat(mapped).containsAll(NOT_RENDERED);
		for (String route : mapped) {
			String path = route.replace("{vendor}", "kea");
			assertThat(Routes.rendered(path)).as(route).isEqualTo(!NOT_RENDERED.contains(route));
			assertThat(Routes.replayable(path)).as(route)
				.isEqualTo(!NOT_RENDERED.contains(route) && !route.equals(Routes.RECORD));
		}
	}

	@Test
	void theFiltersChooseByTheList() {
		for (String path : List.of("/", "/decode", "/record", "/download/kea", "/api/v1/options", "/api/v1/config/kea",
				"/api/v1/decode")) {
			assertThat(Routes.rendered(path)).as(path).isTrue();
		}
		for (String path : List.of("/app.css", "/p/pool=a.b", "/v3/api-docs", "/actuator/health", "/decode/x",
				"/api/v2/options", "/record/x")) {
			assertThat(Routes.rendered(path)).as(path).isFalse();
		}
		assertThat(Routes.replayable("/record")).as("the record carries the time it was made").isFalse();
	}

}
