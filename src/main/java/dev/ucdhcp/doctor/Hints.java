package dev.ucdhcp.doctor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file ucdhcp wrote says in its own comment block about roles the bytes cannot
 * tell: whether option 120 names a Director or an SBA rather than the pool, each site's
 * short name and network, the scope and VLAN of a server (RouterOS matchers, Cisco) whose
 * configuration has no place for them. The recovery uses a hint only where it agrees with
 * the values found; a hand-written paste has none and gets the plain reading.
 */
record Hints(Optional<String> director, Optional<String> sba, Optional<String> scope, Optional<String> vlan,
		Map<String, String> siteNames) {

	private static final Pattern ROLE = Pattern.compile(
			"^\\s*(?:#|//|!|;|(?i:rem))\\s*(director|sba|scope|vlan)\\s+([^\\s(]\\S*)(?:\\s+\\(experimental\\))?\\s*$");

	private static final Pattern SITE = Pattern.compile(
			"^\\s*(?:#|//|!|;|(?i:rem))\\s+([a-z0-9-]{1,20}) (\\d{1,3}(?:\\.\\d{1,3}){3}/\\d{1,2}): option 120 .*$");

	static Hints read(List<String> lines) {
		Map<String, String> roles = new HashMap<>();
		Map<String, String> sites = new HashMap<>();
		for (String line : lines) {
			if (line.length() > 400) {
				continue;
			}
			Matcher role = ROLE.matcher(line);
			if (role.matches()) {
				roles.putIfAbsent(role.group(1), role.group(2));
				continue;
			}
			Matcher site = SITE.matcher(line);
			if (site.matches()) {
				sites.putIfAbsent(site.group(2), site.group(1));
			}
		}
		return new Hints(Optional.ofNullable(roles.get("director")), Optional.ofNullable(roles.get("sba")),
				Optional.ofNullable(roles.get("scope")), Optional.ofNullable(roles.get("vlan")), Map.copyOf(sites));
	}

}
