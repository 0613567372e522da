package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.DecodedOption;
import dev.ucdhcp.encoding.OptionDecoder;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.encoding.SiteName;

/**
 * Pool, Director, SBA, scope and sites recovered from the option 120 values: one central
 * value (global or in the phones' class), and one per network that sets its own. Two or
 * more networks with their own 120 are sites; one is a scope.
 */
final class Registrars {

	private static final Pattern SERVER = Pattern.compile("\\(server dhcp-([a-z0-9-]+)\\)");

	private Registrars() {
	}

	static void recover(Paste paste, Hints hints, Optional<String> web, Map<String, String> inputs,
			List<String> notRecovered) {
		Optional<String> central = Optional.empty();
		Map<String, String> perNetwork = new LinkedHashMap<>();
		for (Setting setting : paste.settings(120)) {
			Optional<String> registrar = registrar(setting.bytes());
			if (registrar.isEmpty() || setting.wire().equals(Optional.of(Wire.NONE))) {
				continue;
			}
			Optional<String> network = network(setting, hints).map((cidr) -> withPrefix(cidr, hints, notRecovered));
			if (network.isPresent() && setting.level() != Level.GLOBAL && setting.level() != Level.CLASS) {
				perNetwork.putIfAbsent(network.get(), registrar.get());
			}
			else if (central.isEmpty()) {
				central = registrar;
			}
		}
		if (central.isEmpty() && perNetwork.isEmpty()) {
			web.ifPresent((name) -> inputs.put(ProvisioningInputs.POOL, name));
			notRecovered.add(ProvisioningInputs.POOL + ": no readable option 120"
					+ (web.isPresent() ? "; the pool is taken to be the web services FQDN" : ""));
			inputs.remove(ProvisioningInputs.WEB);
			return;
		}
		if (perNetwork.size() >= 2) {
			String pool = central.orElseGet(() -> mostCommon(perNetwork, web));
			central(pool, hints, web, inputs);
			inputs.put(ProvisioningInputs.SITES, sites(perNetwork, pool, hints));
			return;
		}
		if (perNetwork.size() == 1) {
			Map.Entry<String, String> only = perNetwork.entrySet().iterator().next();
			inputs.put(ProvisioningInputs.SCOPE, only.getKey());
			if (central.isEmpty() && hints.sba().equals(Optional.of(only.getValue())) && web.isPresent()) {
				inputs.put(ProvisioningInputs.SBA, only.getValue());
				central(web.get(), hints, web, inputs);
				return;
			}
			central(central.orElse(only.getValue()), hints, web, inputs);
			return;
		}
		central(central.get(), hints, web, inputs);
	}

	/**
	 * A value's network; a RouterOS matcher names only its DHCP server, which ucdhcp's
	 * own files call dhcp-SITE, so their comment block tells the site's network.
	 */
	private static Optional<String> network(Setting setting, Hints hints) {
		if (setting.network().isPresent() || setting.level() != Level.MATCHER) {
			return setting.network();
		}
		Matcher server = SERVER.matcher(setting.where());
		if (server.find()) {
			Optional<String> site = hints.siteNames()
				.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals(server.group(1)))
				.map(Map.Entry::getKey)
				.findFirst();
			if (site.isPresent()) {
				return site;
			}
		}
		return hints.scope();
	}

	/**
	 * A Windows scope id without its mask: the mask from ucdhcp's comment block, else
	 * /24, named as a guess.
	 */
	private static String withPrefix(String network, Hints hints, List<String> notRecovered) {
		if (network.contains("/")) {
			return network;
		}
		Optional<String> known = hints.scope()
			.filter((cidr) -> cidr.startsWith(network + "/"))
			.or(() -> hints.siteNames().keySet().stream().filter((cidr) -> cidr.startsWith(network + "/")).findFirst());
		if (known.isPresent()) {
			return known.get();
		}
		String note = ProvisioningInputs.SCOPE + ": the paste does not show the mask of scope " + network
				+ "; /24 is assumed";
		if (!notRecovered.contains(note)) {
			notRecovered.add(note);
		}
		return network + "/24";
	}

	private static void central(String registrar, Hints hints, Optional<String> web, Map<String, String> inputs) {
		if (hints.director().equals(Optional.of(registrar)) && web.isPresent()) {
			inputs.put(ProvisioningInputs.POOL, web.get());
			inputs.put(ProvisioningInputs.DIRECTOR, registrar);
		}
		else {
			inputs.put(ProvisioningInputs.POOL, registrar);
		}
		if (web.equals(Optional.of(inputs.get(ProvisioningInputs.POOL)))) {
			inputs.remove(ProvisioningInputs.WEB);
		}
	}

	private static String mostCommon(Map<String, String> perNetwork, Optional<String> web) {
		if (web.isPresent() && perNetwork.containsValue(web.get())) {
			return web.get();
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		perNetwork.values().forEach((name) -> counts.merge(name, 1, Integer::sum));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	private static String sites(Map<String, String> perNetwork, String pool, Hints hints) {
		List<String> lines = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (Map.Entry<String, String> entry : perNetwork.entrySet()) {
			Optional<String> sba = entry.getValue().equals(pool) ? Optional.empty() : Optional.of(entry.getValue());
			String name = hints.siteNames().getOrDefault(entry.getKey(), derived(sba, entry.getKey()));
			String unique = name;
			for (int i = 2; !names.add(unique) && i < 1000; i++) {
				unique = name.substring(0, Math.min(name.length(), 16)) + "-" + i;
			}
			lines.add(unique + "," + entry.getKey() + sba.map((value) -> "," + value).orElse(""));
		}
		return String.join("\n", lines);
	}

	/** The builder's own default site name for this SBA and scope. */
	private static String derived(Optional<String> sba, String cidr) {
		Map<String, String> raw = new LinkedHashMap<>();
		raw.put(ProvisioningInputs.POOL, "pool.invalid.example");
		sba.ifPresent((value) -> raw.put(ProvisioningInputs.SBA, value));
		raw.put(ProvisioningInputs.SCOPE, cidr);
		return ProvisioningInputs.parse(raw)
			.provisioning()
			.flatMap((provisioning) -> provisioning.site())
			.map(SiteName::value)
			.orElse("site");
	}

	/** The registrar as the builder takes it: a name, or addresses joined by commas. */
	static Optional<String> registrar(byte[] value) {
		DecodedOption decoded = OptionDecoder.decode(120, value);
		if (!decoded.valid() || decoded.names().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(String.join(",", decoded.names()));
	}

}
