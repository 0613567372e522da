package dev.ucdhcp.doctor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file ucdhcp wrote says in its own comment block about roles the bytes cannot
 * tell: whether option 120 names a Director or an SBA rather than the pool, and each
 * site's short name. The recovery uses a hint only where it agrees with the values found;
 * a hand-written paste has none and gets the plain reading.
 */
record Hints(Optional<String> director, Optional<String> sba, Map<String, String> siteNames) {

	private static final Pattern ROLE = Pattern
		.compile("^\\s*(?:#|//|!|;|(?i:rem))\\s*(director|sba)\\s+([^\\s(]\\S*)\\s*$");

	private static final Pattern SITE = Pattern.compile(
			"^\\s*(?:#|//|!|;|(?i:rem))\\s+([a-z0-9-]{1,20}) (\\d{1,3}(?:\\.\\d{1,3}){3}/\\d{1,2}): option 120 .*$");

	static Hints read(List<String> lines) {
		String director = null;
		String sba = null;
		Map<String, String> sites = new HashMap<>();
		for (String line : lines) {
			if (line.length() > 400) {
				continue;
			}
			Matcher role = ROLE.matcher(line);
			if (role.matches()) {
				if (role.group(1).equals("director") && director == null) {
					director = role.group(2);
				}
				else if (role.group(1).equals("sba") && sba == null) {
					sba = role.group(2);
				}
				continue;
			}
			Matcher site = SITE.matcher(line);
			if (site.matches()) {
				sites.putIfAbsent(site.group(2), site.group(1));
			}
		}
		return new Hints(Optional.ofNullable(director), Optional.ofNullable(sba), Map.copyOf(sites));
	}

}
