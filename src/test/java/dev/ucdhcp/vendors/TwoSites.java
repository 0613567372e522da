package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.support.RandomInputs;

/**
 * Seeded pairs of single-site inputs for one deployment: the same central inputs, two
 * different sites on two different scopes, each with an SBA by name, by address or none,
 * the site named or derived.
 */
record TwoSites(int index, PhoneProvisioning first, PhoneProvisioning second) {

	/**
	 * What each target names per site: the objects two sites' files must never share.
	 */
	static final Map<String, List<Pattern>> OBJECT_NAMES = Map.of("netsh",
			List.of(Pattern.compile("netsh dhcp server scope (\\S+) ")), "powershell",
			List.of(Pattern.compile("ScopeId = '([^']+)'")), "isc",
			List.of(Pattern.compile("(?m)^class \"([^\"]+)\""), Pattern.compile("(?m)^subnet (\\S+) netmask")), "kea",
			List.of(Pattern.compile("\"name\": \"((?:MS-UC-Client|CPE-OCPHONE)[^\"]*)\""),
					Pattern.compile("\"subnet\": \"([^\"]+)\""), Pattern.compile("\"id\": (\\d+)")),
			"cisco", List.of(Pattern.compile("(?m)^ip dhcp pool (\\S+)")), "mikrotik",
			List.of(Pattern.compile("(?m)^add name=(\\S+)"), Pattern.compile(" server=(\\S+)")), "dnsmasq",
			List.of(Pattern.compile("set:([A-Za-z0-9-]+)")));

	static List<TwoSites> generate(long seed, int count) {
		RandomInputs random = new RandomInputs(seed);
		List<TwoSites> pairs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, String> central = new LinkedHashMap<>();
			central.put("pool", random.fqdn());
			if (random.nextInt(3) == 0) {
				central.put("director", random.registrar());
			}
			if (random.nextInt(3) == 0) {
				central.put("ntp", random.addresses(3));
			}
			if (random.nextInt(4) == 0) {
				central.put("vlan", Integer.toString(1 + random.nextInt(4094)));
			}
			int network = random.nextInt(60000);
			Map<String, String> first = site(random, central, network);
			Map<String, String> second = site(random, central, network + 1 + random.nextInt(5000));
			PhoneProvisioning one = GoldenCases.parse(first);
			PhoneProvisioning two = GoldenCases.parse(second);
			if (one.site().equals(two.site())) {
				second.put("site", "other-" + i);
				two = GoldenCases.parse(second);
			}
			pairs.add(new TwoSites(i, one, two));
		}
		return pairs;
	}

	private static Map<String, String> site(RandomInputs random, Map<String, String> central, int network) {
		Map<String, String> inputs = new LinkedHashMap<>(central);
		inputs.put("scope", "10." + (network / 256) + "." + (network % 256) + ".0/24");
		switch (random.nextInt(3)) {
			case 0 -> inputs.put("sba", random.fqdn());
			case 1 -> inputs.put("sba", random.addresses(1));
			default -> {
			}
		}
		if (random.nextInt(2) == 0) {
			inputs.put("site", random.siteName());
		}
		return inputs;
	}

	/** Every per-site object name the target wrote into this file. */
	static List<String> objectNames(Target target, String rendered) {
		List<String> names = new ArrayList<>();
		for (Pattern pattern : OBJECT_NAMES.get(target.id())) {
			Matcher matcher = pattern.matcher(rendered);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	@Override
	public String toString() {
		return "#" + this.index + " " + this.first.site().orElseThrow() + " " + this.first.scope().orElseThrow() + " / "
				+ this.second.site().orElseThrow() + " " + this.second.scope().orElseThrow();
	}

}
