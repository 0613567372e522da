package dev.ucdhcp.encoding;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The URL that reproduces a result, written and read in this one place: by the page (its
 * address bar, the change record, the decoder's rebuild link), by every file's comment
 * block, by {@code apply}, and read back by {@code apply} and the responder
 * ({@code --permalink}). Written, it lists the contract's inputs in their order, values
 * stripped and blanks left out, form-encoded, the vendor last; read, it gives back the
 * inputs and the vendor it was written with ({@code PermalinkTest} round-trips every
 * writer).
 *
 * @param inputs input name to value, in the contract's order when written
 * @param vendor the target, empty for a link that names none (the decoder's)
 */
public record Permalink(Map<String, String> inputs, Optional<String> vendor) {

	public static final String VENDOR = "vendor";

	/**
	 * {@code /p/<query>}: the query as a path, for files pasted into a line editor that
	 * reads {@code ?} as a request for help (Cisco IOS, even in a {@code !} comment). The
	 * query is form-encoded, so it holds no {@code ?}, {@code #}, {@code ;} or space, and
	 * no {@code /} except as {@code %2F}; its {@code %} are written {@code %25}.
	 */
	public static final String PATH_FORM = "/p/";

	/** Where the links written into files point unless {@code ucdhcp.base-url} says. */
	public static final String DEFAULT_BASE_URL = "http://localhost:8080";

	private static final Set<String> NO_QUESTION_MARK = Set.of("cisco");

	/** Parameters the page writes that are no inputs: which topology tab is open. */
	private static final Set<String> PAGE_ONLY = Set.of("topology");

	public Permalink {
		inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
	}

	/** The shortest link to this result: what equals its default is left out. */
	public static Permalink of(PhoneProvisioning provisioning, String vendor) {
		return of(ProvisioningInputs.queryParameters(provisioning), Optional.of(vendor));
	}

	/**
	 * A link to inputs as typed, valid or not: the contract's inputs in order, values
	 * stripped, blanks and other names left out.
	 */
	public static Permalink of(Map<String, String> typed, Optional<String> vendor) {
		Map<String, String> inputs = new LinkedHashMap<>();
		for (String name : ProvisioningInputs.NAMES) {
			String value = typed.getOrDefault(name, "").strip();
			if (!value.isEmpty()) {
				inputs.put(name, value);
			}
		}
		return new Permalink(inputs, vendor);
	}

	/**
	 * The query, without its {@code ?}: for links to other routes with the same inputs.
	 */
	public String query() {
		StringBuilder query = new StringBuilder();
		this.inputs.forEach((name, value) -> parameter(query, name, value));
		this.vendor.ifPresent((vendor) -> parameter(query, VENDOR, vendor));
		return query.toString();
	}

	/** The page's own address on this site: {@code /?<query>}, {@code /} for no query. */
	public String relative() {
		String query = query();
		return query.isEmpty() ? "/" : "/?" + query;
	}

	/** The page's address on the site at {@code baseUrl}. */
	public String page(String baseUrl) {
		return baseUrl + relative();
	}

	/**
	 * The permalink a rendered file quotes: the page's address, or the path form for a
	 * target whose files must hold no {@code ?}.
	 */
	public String absolute(String baseUrl) {
		if (this.vendor.filter(NO_QUESTION_MARK::contains).isPresent()) {
			return baseUrl + PATH_FORM + query().replace("%", "%25");
		}
		return page(baseUrl);
	}

	/** A configured base URL as links start with it: without its trailing slash. */
	public static String baseUrl(String configured) {
		return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	/**
	 * The link as copied: the whole address, only its query, or the path form; a
	 * {@code #} and what follows are ignored, and so are the parameters only the page
	 * uses. Values stay as the link carries them.
	 * @throws IllegalArgumentException for an unknown or repeated input, or a broken
	 * %-escape
	 */
	public static Permalink read(String link) {
		String query = link.strip();
		int fragment = query.indexOf('#');
		query = (fragment >= 0) ? query.substring(0, fragment) : query;
		int mark = query.indexOf('?');
		int pathForm = query.lastIndexOf(PATH_FORM);
		if (mark >= 0) {
			query = query.substring(mark + 1);
		}
		else if (pathForm >= 0) {
			query = queryOfPathForm(query.substring(pathForm));
		}
		Map<String, String> inputs = new LinkedHashMap<>();
		Optional<String> vendor = Optional.empty();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = decode((equals >= 0) ? pair.substring(equals + 1) : "");
			if (pair.isEmpty() || PAGE_ONLY.contains(name)) {
				continue;
			}
			if (VENDOR.equals(name)) {
				vendor = Optional.of(value);
			}
			else if (!ProvisioningInputs.NAMES.contains(name)) {
				throw new IllegalArgumentException("unknown input \"" + name.replaceAll("[^\\x21-\\x7E]", "?")
						+ "\"; the page's inputs are " + String.join(", ", ProvisioningInputs.NAMES));
			}
			else if (inputs.put(name, value) != null) {
				throw new IllegalArgumentException(name + " is given twice");
			}
		}
		return new Permalink(inputs, vendor);
	}

	/**
	 * The query a path-form link ({@code /p/<query>}, from its {@code /p/} on) stands
	 * for: its {@code %25} undone, so every value reads as the query form carries it.
	 */
	public static String queryOfPathForm(String path) {
		if (!path.startsWith(PATH_FORM)) {
			throw new IllegalArgumentException("not a path-form permalink: it starts with " + PATH_FORM);
		}
		return path.substring(PATH_FORM.length()).replace("%25", "%");
	}

	private static void parameter(StringBuilder query, String name, String value) {
		if (!query.isEmpty()) {
			query.append('&');
		}
		query.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("a %-escape is broken; copy the link again", ex);
		}
	}

}
