package dev.ucdhcp.encoding;

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

	public SiteName {
		value = check(value);
	}

	public static SiteName parse(String text) {
		return new SiteName(text == null ? "" : text.strip());
	}

	/**
	 * The contract's default: the SBA's first label in lower case (cut to 20 characters
	 * and any hyphen it then ends with, as a long host name still names its site), else
	 * the scope's network with dots as hyphens, else none.
	 */
	public static Optional<SiteName> derived(Optional<Registrar> sba, Optional<Ipv4Network> scope) {
		if (sba.isPresent() && sba.get() instanceof Registrar.Name name) {
			String label = name.fqdn().labels().get(0).toLowerCase(Locale.ROOT);
			String cut = label.substring(0, Math.min(MAX_LENGTH, label.length())).replaceAll("-+$", "");
			return Optional.of(new SiteName(cut));
		}
		return scope.map((network) -> new SiteName(network.address().toString().replace('.', '-')));
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
