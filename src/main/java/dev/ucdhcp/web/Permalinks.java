package dev.ucdhcp.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The URLs that reproduce a result: relative ones for the page's own address bar,
 * absolute ones (from {@code ucdhcp.base-url}) for the comment block of a rendered
 * config.
 */
@Component
public class Permalinks {

	private final String baseUrl;

	public Permalinks(@Value("${ucdhcp.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String absolute(PhoneProvisioning provisioning, String vendor) {
		return this.baseUrl + relative(provisioning, vendor);
	}

	public String relative(PhoneProvisioning provisioning, String vendor) {
		return "/?" + query(provisioning, vendor);
	}

	/**
	 * The query without its {@code ?}, for links to other routes with the same inputs.
	 */
	public String query(PhoneProvisioning provisioning, String vendor) {
		Map<String, String> parameters = new LinkedHashMap<>(ProvisioningInputs.queryParameters(provisioning));
		parameters.put(Submission.VENDOR, vendor);
		return encode(parameters);
	}

	/** What was typed, so that reloading an invalid form shows the same values. */
	public String relative(Submission submission) {
		if (submission.provisioning().isPresent() && submission.target().isPresent()) {
			return relative(submission.provisioning().get(), submission.vendor());
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		submission.typed().forEach((name, value) -> {
			if (!value.isBlank()) {
				parameters.put(name, value);
			}
		});
		parameters.put(Submission.VENDOR, submission.vendor());
		return "/?" + encode(parameters);
	}

	private static String encode(Map<String, String> parameters) {
		StringBuilder query = new StringBuilder();
		parameters.forEach((name, value) -> {
			if (!query.isEmpty()) {
				query.append('&');
			}
			query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		return query.toString();
	}

}
