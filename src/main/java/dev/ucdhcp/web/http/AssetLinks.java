package dev.ucdhcp.web.http;

import jakarta.servlet.ServletContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The addresses of the page's own assets as the resource chain serves them (with their
 * content hash, cached for a year), worked out once: as {@code @{...}} links every page
 * asked the chain again, a tenth of a page's CPU (bench/run.sh, JFR). The layout takes
 * the bean as {@code assets} ({@code th:with="assets=${@assetLinks}"}) and reads
 * {@code ${assets.css}}.
 */
@Component("assetLinks")
public class AssetLinks {

	private final ResourceUrlProvider urls;

	private final ServletContext servletContext;

	private final String htmxPath;

	private volatile Links links;

	AssetLinks(ResourceUrlProvider urls, ServletContext servletContext,
			@Value("${ucdhcp.htmx-version}") String htmxVersion) {
		this.urls = urls;
		this.servletContext = servletContext;
		this.htmxPath = "/webjars/htmx.org/" + htmxVersion + "/dist/htmx.min.js";
	}

	public String icon() {
		return links().icon();
	}

	public String css() {
		return links().css();
	}

	public String js() {
		return links().js();
	}

	public String htmx() {
		return links().htmx();
	}

	public String sites() {
		return links().sites();
	}

	private Links links() {
		Links kept = this.links;
		if (kept != null) {
			return kept;
		}
		String[] paths = { "/icon.svg", "/app.css", "/app.js", this.htmxPath, "/sites.js" };
		String[] urls = new String[paths.length];
		boolean hashed = true;
		for (int i = 0; i < paths.length; i++) {
			String hashedPath = this.urls.getForLookupPath(paths[i]);
			hashed &= hashedPath != null;
			urls[i] = this.servletContext.getContextPath() + ((hashedPath != null) ? hashedPath : paths[i]);
		}
		Links resolved = new Links(urls[0], urls[1], urls[2], urls[3], urls[4]);
		// kept only once the chain knows its handlers: a page served between Tomcat's
		// start and the context's
		// refresh gets the plain names (served too, revalidated), and the next page asks
		// again
		if (hashed) {
			this.links = resolved;
		}
		return resolved;
	}

	private record Links(String icon, String css, String js, String htmx, String sites) {
	}

}
