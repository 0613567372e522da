package dev.ucdhcp.web.http;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only a content-hashed URL ({@code /app-<md5>.css}) may be cached for a year: its bytes
 * never change. The same file under its plain name ({@code /app.css}, an icon a browser
 * asks for by convention) changes with every release, so it is revalidated instead.
 */
@Component
@Order(FilterOrder.STATIC_CACHE)
class StaticCacheFilter extends OncePerRequestFilter {

	static final String REVALIDATE = "no-cache";

	private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9.]+$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return HASHED.matcher(path).matches() || path.lastIndexOf('.') < path.lastIndexOf('/');
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, cacheControl(name, value));
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, cacheControl(name, value));
			}

		});
	}

	private static String cacheControl(String name, String value) {
		return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? REVALIDATE : value;
	}

}
