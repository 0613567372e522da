package dev.ucdhcp.web.http;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat takes requests a moment before the context's refresh tells the resource chain
 * its handlers: a page served then links the plain names, and the next page the hashed
 * ones, kept from then on. Seen in CI: the plain names were kept for good.
 */
class AssetLinksRaceTest {

	@Test
	void linksServedBeforeTheChainIsReadyAreNotKept() throws Exception {
		ResourceUrlProvider chain = new ResourceUrlProvider();
		AssetLinks links = new AssetLinks(chain, new MockServletContext(), "2.0.10");
		assertThat(links.css()).as("before the refresh").isEqualTo("/app.css");

		chain.setHandlerMap(
				Map.of("/**", contentHashed("static/"), "/webjars/**", contentHashed("META-INF/resources/webjars/")));
		assertThat(links.css()).matches("/app-[0-9a-f]{32}\\.css");
		assertThat(links.htmx()).matches("/webjars/htmx.org/2.0.10/dist/htmx.min-[0-9a-f]{32}\\.js");

		chain.setHandlerMap(Map.of());
		assertThat(links.icon()).as("kept once hashed").matches("/icon-[0-9a-f]{32}\\.svg");
	}

	private static ResourceHttpRequestHandler contentHashed(String location) throws Exception {
		ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
		handler.setLocations(List.of(new ClassPathResource(location)));
		handler.setResourceResolvers(
				List.of(new VersionResourceResolver().addContentVersionStrategy("/**"), new PathResourceResolver()));
		handler.afterPropertiesSet();
		return handler;
	}

}
