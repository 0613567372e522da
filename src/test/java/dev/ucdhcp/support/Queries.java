package dev.ucdhcp.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.vendors.Target;

/**
 * The query strings tests build by hand, in one place: the golden files, the
 * rendered-text checks and the probe's wire tests all need the permalink a page at the
 * default base URL would show, and a copy per test class drifted once already.
 */
public final class Queries {

	/** The base URL a server started with no {@code UCDHCP_BASE_URL} shows. */
	public static final String BASE_URL = "http://localhost:8080";

	private Queries() {
	}

	/** The page's permalink for these inputs and this target, at the default base URL. */
	public static String permalink(PhoneProvisioning provisioning, Target target) {
		Map<String, String> query = new LinkedHashMap<>(ProvisioningInputs.queryParameters(provisioning));
		query.put("vendor", target.id());
		return BASE_URL + "/?" + query(query);
	}

	/**
	 * {@code key=value} pairs joined by {@code &}, both sides form-encoded, in map order.
	 */
	public static String query(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	public static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
