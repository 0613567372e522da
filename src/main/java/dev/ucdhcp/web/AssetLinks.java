package dev.ucdhcp.web;

import jakarta.servlet.ServletContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The addresses of the page's own assets as the resource chain serves them (with their
 * content hash, cached for a year), worked out once: as {@code @{...}} links every page
 * asked the chain again, a tenth of a page's CPU (bench/run.sh, JFR). The layout reads
 * them as {@code ${@assetLinks.css}}.
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
		Links resolved = this.links;
		if (resolved == null) {
			// on the first page, not at start-up: the chain knows its handlers once the
			// context is refreshed
			resolved = new Links(resolve("/icon.svg"), resolve("/app.css"), resolve("/app.js"), resolve(this.htmxPath),
					resolve("/sites.js"));
			this.links = resolved;
		}
		return resolved;
	}

	private String resolve(String path) {
		String hashed = this.urls.getForLookupPath(path);
		return this.servletContext.getContextPath() + ((hashed != null) ? hashed : path);
	}

	private record Links(String icon, String css, String js, String htmx, String sites) {
	}

}
