package dev.ucdhcp.web.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, path, status, duration and the <em>names</em> of the
 * query parameters. Values are never logged: they are what users typed (FQDNs of their
 * internal servers, hex they pasted), and a raw value with a line break would forge log
 * lines. Names and path are reduced to printable ASCII and cut short for the same reason.
 * Health probes are left out: the kubelet calls them every few seconds.
 */
@Component
@Order(FilterOrder.REQUEST_LOG)
public class RequestLogFilter extends OncePerRequestFilter {

	public static final String LOGGER_NAME = "dev.ucdhcp.web.RequestLog";

	private static final Logger log = LoggerFactory.getLogger(LOGGER_NAME);

	private static final int MAX_PATH = 200;

	private static final int MAX_NAME = 32;

	private static final int MAX_NAMES = 16;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!log.isInfoEnabled() || request.getRequestURI().startsWith("/actuator/health")) {
			chain.doFilter(request, response);
			return;
		}
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			long micros = (System.nanoTime() - start) / 1000;
			// an exception leaving the chain becomes Tomcat's 500 after this filter
			// returns; getStatus() would still say 200
			int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
			log.atInfo()
				.setMessage("{} {} {} {}ms params=[{}]")
				.addArgument(request::getMethod)
				.addArgument(() -> printable(request.getRequestURI(), MAX_PATH, true))
				.addArgument(status)
				.addArgument(() -> micros / 1000 + "." + (micros % 1000) / 100)
				.addArgument(() -> parameterNames(request))
				.log();
		}
	}

	/**
	 * Names of the query string's parameters, comma separated. Reads the query string
	 * itself, not {@code getParameterNames()}, which would also parse a form body.
	 */
	static String parameterNames(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return "";
		}
		StringBuilder names = new StringBuilder();
		int count = 0;
		int from = 0;
		while (from <= query.length() && count < MAX_NAMES) {
			int end = query.indexOf('&', from);
			if (end < 0) {
				end = query.length();
			}
			int equals = query.indexOf('=', from);
			int nameEnd = (equals >= 0 && equals < end) ? equals : end;
			if (nameEnd > from) {
				names.append((count++ == 0) ? "" : ",")
					.append(printable(query.substring(from, nameEnd), MAX_NAME, false));
			}
			from = end + 1;
		}
		return names.toString();
	}

	/**
	 * Keeps letters, digits and {@code / . _ -}; anything else (control characters,
	 * quotes, angle brackets, spaces) becomes {@code ?}. In a path, percent-escapes may
	 * stay escaped: a {@code %0A} is then three characters, never a line break.
	 */
	static String printable(String text, int max, boolean keepPercent) {
		int length = Math.min(text.length(), max);
		StringBuilder out = new StringBuilder(length + 1);
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
					|| c == '.' || c == '_' || c == '-' || (keepPercent && c == '%');
			out.append(safe ? c : '?');
		}
		if (text.length() > max) {
			out.append('…');
		}
		return out.toString();
	}

}
