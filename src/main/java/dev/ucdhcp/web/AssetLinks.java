package dev.ucdhcp.web;

import java.util.stream.Stream;

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
			resolved = new Links(resolve("/icon.svg"), resolve("/app.css"), resolve("/app.js"), resolve(this.htmxPath),
					resolve("/sites.js"));
			// kept only once the chain knows its handlers: a page served between Tomcat's
			// start and the
			// context's refresh gets the plain names (served too, revalidated), and the
			// next page asks again
			if (resolved.hashed()) {
				this.links = resolved;
			}
		}
		return resolved;
	}

	private Link resolve(String path) {
		String hashed = this.urls.getForLookupPath(path);
		return new Link(this.servletContext.getContextPath() + ((hashed != null) ? hashed : path), hashed != null);
	}

	private record Link(String url, boolean hashed) {
	}

	private record Links(Link iconLink, Link cssLink, Link jsLink, Link htmxLink, Link sitesLink) {

		boolean hashed() {
			return Stream.of(this.iconLink, this.cssLink, this.jsLink, this.htmxLink, this.sitesLink)
				.allMatch(Link::hashed);
		}

		String icon() {
			return this.iconLink.url();
		}

		String css() {
			return this.cssLink.url();
		}

		String js() {
			return this.jsLink.url();
		}

		String htmx() {
			return this.htmxLink.url();
		}

		String sites() {
			return this.sitesLink.url();
		}

	}

}
