package dev.ucdhcp.encoding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short name of a branch site, put into every object name a target creates that could
 * collide with another site's (pool, tag, option set, class) and into the file name: 1 to
 * 20 of {@code a-z 0-9 -}, not starting or ending with a hyphen.
 */
public record SiteName(String value) {

	public static final int MAX_LENGTH = 20;

	private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

	/**
	 * Host labels that name a role, not a site: the appliance, the pool or the product,
	 * with an optional number ({@code sba01}, {@code fe-2}, {@code lyncpool1}).
	 */
	private static final Pattern GENERIC = Pattern.compile(
			"(?:sba|sbs|sbsrv|pool|lync|lyncpool|lyncsba|lyncfe|fe|sip|sfb|sfbpool|sfbsba|skype|ocs|edge|dir|director"
					+ "|registrar|srv|server|host|dhcp|voice)(?:-?[0-9]+)?");

	public SiteName {
		value = check(value);
	}

	public static SiteName parse(String text) {
		return new SiteName(text == null ? "" : text.strip());
	}

	/**
	 * The contract's default: the SBA's first label that names the site, in lower case
	 * (cut to 20 characters and any hyphen it then ends with, as a long host name still
	 * names its site), else the scope's network with dots as hyphens, else none.
	 */
	public static Optional<SiteName> derived(Optional<Registrar> sba, Optional<Ipv4Network> scope) {
		if (sba.isPresent() && sba.get() instanceof Registrar.Name name) {
			String label = siteLabel(name.fqdn().labels()).toLowerCase(Locale.ROOT);
			String cut = label.substring(0, Math.min(MAX_LENGTH, label.length())).replaceAll("-+$", "");
			return Optional.of(new SiteName(cut));
		}
		return scope.map((network) -> new SiteName(network.address().toString().replace('.', '-')));
	}

	/**
	 * The first label that is not a role every branch shares ({@code sba01} in
	 * {@code sba01.berlin.contoso.com}): naming every site after it would give every
	 * branch the same file and object names. Never the top-level label; the first label
	 * when all others are generic.
	 */
	private static String siteLabel(List<String> labels) {
		for (int i = 0; i < labels.size() - 1; i++) {
			if (!GENERIC.matcher(labels.get(i).toLowerCase(Locale.ROOT)).matches()) {
				return labels.get(i);
			}
		}
		return labels.get(0);
	}

	private static String check(String text) {
		if (text == null || text.isEmpty()) {
			throw new InvalidValueException("Enter a short site name, e.g. berlin.");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidValueException("A site name is at most " + MAX_LENGTH + " characters; "
					+ InvalidValueException.quote(text) + " has " + text.length() + ".");
		}
		if (!NAME.matcher(text).matches()) {
			String lower = text.toLowerCase(Locale.ROOT);
			throw new InvalidValueException("A site name takes only lower case letters a-z, digits and hyphens, and"
					+ " does not start or end with a hyphen; " + InvalidValueException.quote(text) + " does not"
					+ (NAME.matcher(lower).matches() ? " (in lower case: " + lower + ")." : "."));
		}
		return text;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
