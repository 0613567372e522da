package dev.ucdhcp.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.Permalink;
import dev.ucdhcp.encoding.PhoneProvisioning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The page's permalinks ({@link Permalink} writes them) with the configured base URL
 * ({@code ucdhcp.base-url}): relative ones for the page's own address bar, absolute ones
 * for the comment block of a rendered config.
 */
@Component
public class Permalinks {

	/** The topology tab: a parameter only the form sends, never a permalink. */
	private static final String FORM_ONLY = "topology";

	private final String baseUrl;

	public Permalinks(@Value("${ucdhcp.base-url:" + Permalink.DEFAULT_BASE_URL + "}") String baseUrl) {
		this.baseUrl = Permalink.baseUrl(baseUrl);
	}

	/** Where the links written into files point, e.g. {@code http://localhost:8080}. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** The permalink a rendered file quotes (the path form for Cisco: no {@code ?}). */
	public String absolute(PhoneProvisioning provisioning, String vendor) {
		return Permalink.of(provisioning, vendor).absolute(this.baseUrl);
	}

	/** The page's own permalink with the configured base URL, {@code ?} and all. */
	public String page(PhoneProvisioning provisioning, String vendor) {
		return Permalink.of(provisioning, vendor).page(this.baseUrl);
	}

	public String relative(PhoneProvisioning provisioning, String vendor) {
		return Permalink.of(provisioning, vendor).relative();
	}

	/**
	 * The query without its {@code ?}, for links to other routes with the same inputs.
	 */
	public String query(PhoneProvisioning provisioning, String vendor) {
		return Permalink.of(provisioning, vendor).query();
	}

	/**
	 * The address bar for a submission, valid or not: built by the same rule either way,
	 * so an invalid form reloads with what was typed and a valid one with its permalink.
	 */
	public String relative(Submission submission) {
		return permalink(submission).relative();
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
		Permalink canonical = permalink(submission);
		Map<String, String> parameters = new LinkedHashMap<>(canonical.inputs());
		parameters.put(Submission.VENDOR, submission.vendor());
		if (List.copyOf(parameters.entrySet()).equals(List.copyOf(query.entrySet()))) {
			return null;
		}
		return canonical.relative();
	}

	private static Permalink permalink(Submission submission) {
		return submission.valid() ? Permalink.of(submission.provisioning().get(), submission.vendor())
				: Permalink.of(submission.typed(), Optional.of(submission.vendor()));
	}

}
