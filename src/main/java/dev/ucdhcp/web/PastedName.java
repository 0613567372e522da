package dev.ucdhcp.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.InvalidValueException;

/**
 * What admins paste into a name field instead of the name: a URL from the browser's
 * address bar, a SIP URI from the client, or the name with its port. The field still
 * refuses the value (the contract allows a name only); this names what was recognised and
 * offers the name as a one-click fix.
 *
 * @param name the FQDN inside the pasted text
 * @param message what was pasted and what the field wants instead
 */
record PastedName(String name, String message) {

	static final int MAX_PASTE = 300;

	// scheme (https://, http://, sip:, sips:), optional user@, host, optional :port,
	// optional path
	private static final Pattern PASTE = Pattern.compile(
			"(?i)(?<scheme>https?://|sips?:)?(?:[^@/\\s]+@)?(?<host>[A-Za-z0-9.-]+?)\\.?(?::(?<port>[0-9]{1,5}))?(?<path>/\\S*)?");

	static Optional<PastedName> recognise(String typed) {
		String text = typed.strip();
		if (text.length() > MAX_PASTE) {
			return Optional.empty();
		}
		Matcher match = PASTE.matcher(text);
		if (!match.matches() || (match.group("scheme") == null && match.group("port") == null)) {
			return Optional.empty();
		}
		Fqdn name;
		try {
			name = Fqdn.parse(match.group("host"));
		}
		catch (InvalidValueException ex) {
			return Optional.empty();
		}
		return Optional.of(new PastedName(name.value(), message(match, name.value())));
	}

	private static String message(Matcher match, String name) {
		String scheme = match.group("scheme");
		String what = (scheme == null) ? "a name with a port"
				: scheme.toLowerCase(Locale.ROOT).startsWith("sip") ? "a SIP address" : "a URL";
		String port = match.group("port");
		String portHint = (port == null || "443".equals(port)) ? ""
				: " If the web services listen on " + port + ", set Port under Advanced.";
		return "This looks like " + what + "; the field takes the name only: " + name + "." + portHint;
	}

}
