package dev.ucdhcp.web.http;

import java.net.InetAddress;

import dev.ucdhcp.encoding.Permalink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Every rendered file carries a permalink built from {@code ucdhcp.base-url}. Left at its
 * default while the app is reachable from other hosts or on another port, those links
 * point a colleague at their own machine: say so once at startup.
 */
@Component
public class BaseUrlCheck implements ApplicationListener<WebServerInitializedEvent> {

	static final String DEFAULT_BASE_URL = Permalink.DEFAULT_BASE_URL;

	private static final String MANAGEMENT = "management";

	private static final Logger logger = LoggerFactory.getLogger(BaseUrlCheck.class);

	private final String baseUrl;

	private final InetAddress address;

	public BaseUrlCheck(@Value("${ucdhcp.base-url:" + Permalink.DEFAULT_BASE_URL + "}") String baseUrl,
			@Value("${server.address:#{null}}") InetAddress address) {
		this.baseUrl = Permalink.baseUrl(baseUrl);
		this.address = address;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		if (warns(event.getApplicationContext().getServerNamespace(), port)) {
			logger.warn(message(port));
		}
	}

	/**
	 * The app's own server only: the management server (health, info) is no permalink's
	 * home.
	 */
	boolean warns(String serverNamespace, int port) {
		return !MANAGEMENT.equals(serverNamespace) && servedElsewhere(port);
	}

	boolean servedElsewhere(int port) {
		boolean loopbackOnly = this.address != null && this.address.isLoopbackAddress();
		return DEFAULT_BASE_URL.equals(this.baseUrl) && (port != 8080 || !loopbackOnly);
	}

	static String message(int port) {
		return "ucdhcp.base-url is left at " + DEFAULT_BASE_URL + " while this server listens on port " + port
				+ (port == 8080 ? " of every interface" : "") + ": permalinks in downloaded files will point there."
				+ " Set UCDHCP_BASE_URL to the address users open, e.g. https://ucdhcp.example.com.";
	}

}
