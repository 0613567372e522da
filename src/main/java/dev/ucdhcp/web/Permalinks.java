package dev.ucdhcp.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/**
	 * {@code /p/<query>}: the permalink's query as a path, which
	 * {@link PathFormController} redirects to {@code /?<query>}. The query is
	 * form-encoded, so it holds no {@code ?}, {@code #}, {@code ;} or space, and no
	 * {@code /} except as {@code %2F}.
	 */
	static final String PATH_FORM = "/p/";

	private static final Set<String> NO_QUESTION_MARK = Set.of("cisco");

	/** The topology tab: a parameter only the form sends, never a permalink. */
	private static final String FORM_ONLY = "topology";

	private final String baseUrl;

	public Permalinks(@Value("${ucdhcp.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Where the links written into files point, e.g. {@code http://localhost:8080}. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * The permalink a rendered file quotes. Targets whose files are pasted into a line
	 * editor that treats {@code ?} as a help request (Cisco IOS does so even inside a
	 * {@code !} comment) get the path form, which has no {@code ?}.
	 */
	public String absolute(PhoneProvisioning provisioning, String vendor) {
		if (NO_QUESTION_MARK.contains(vendor)) {
			return this.baseUrl + PATH_FORM + query(provisioning, vendor).replace("%", "%25");
		}
		return this.baseUrl + relative(provisioning, vendor);
	}

	/** The page's own permalink with the configured base URL, {@code ?} and all. */
	public String page(PhoneProvisioning provisioning, String vendor) {
		return this.baseUrl + relative(provisioning, vendor);
	}

	public String relative(PhoneProvisioning provisioning, String vendor) {
		return "/?" + query(provisioning, vendor);
	}

	/**
	 * The query without its {@code ?}, for links to other routes with the same inputs.
	 */
	public String query(PhoneProvisioning provisioning, String vendor) {
		return canonical(ProvisioningInputs.queryParameters(provisioning), vendor);
	}

	/**
	 * The address bar for a submission, valid or not: built by the same rule either way,
	 * so an invalid form reloads with what was typed and a valid one with its permalink.
	 */
	public String relative(Submission submission) {
		Map<String, String> inputs = submission.valid()
				? ProvisioningInputs.queryParameters(submission.provisioning().get()) : submission.typed();
		return "/?" + canonical(inputs, submission.vendor());
	}

	/**
	 * Where a plain GET of the form belongs: its permalink, as the address bar shows it
	 * with JavaScript (defaults, blanks and the topology tab left out). Only for what the
	 * form itself sends, told by its {@code topology} and {@code vendor} (a link someone
	 * wrote stays as it is, and one without a vendor may get the remembered one on the
	 * page). Null when the query is that already, compared decoded, so a redirected
	 * request never redirects again.
	 */
	String canonicalRedirect(Submission submission, Map<String, String> query) {
		if (!query.containsKey(FORM_ONLY) || !query.containsKey(Submission.VENDOR)) {
			return null;
		}
		Map<String, String> canonical = parameters(submission.valid()
				? ProvisioningInputs.queryParameters(submission.provisioning().get()) : submission.typed(),
				submission.vendor());
		if (List.copyOf(canonical.entrySet()).equals(List.copyOf(query.entrySet()))) {
			return null;
		}
		return "/?" + encode(canonical);
	}

	/** Inputs in the contract's order, blanks left out, the vendor last. */
	private static String canonical(Map<String, String> inputs, String vendor) {
		return encode(parameters(inputs, vendor));
	}

	private static Map<String, String> parameters(Map<String, String> inputs, String vendor) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String name : ProvisioningInputs.NAMES) {
			String value = inputs.getOrDefault(name, "").strip();
			if (!value.isEmpty()) {
				parameters.put(name, value);
			}
		}
		parameters.put(Submission.VENDOR, vendor);
		return parameters;
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
