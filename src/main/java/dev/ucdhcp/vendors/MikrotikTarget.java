package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.Warning;

/**
 * MikroTik RouterOS: option entries with {@code 0x} values, an option set and a v7.4+
 * matcher on option 60; the v6 form (options on the network) as commented lines. Every
 * entry name starts with {@code ucdhcp-} and the site, so two sites' imports never clash.
 */
final class MikrotikTarget extends TemplatedTarget {

	private static final String PREFIX = "ucdhcp";

	/** The server name without a site: the usual first DHCP server, to be checked. */
	private static final String DEFAULT_SERVER = "dhcp1";

	MikrotikTarget() {
		super("mikrotik", "MikroTik RouterOS", "rsc", TEXT_PLAIN, "# ");
	}

	@Override
	CommentBlock.About about(PhoneProvisioning provisioning) {
		String find = "[find name~\"^" + prefix(provisioning) + "-\"]";
		return new CommentBlock.About(List.of("Import with `/import " + fileName(provisioning) + "` or paste"
				+ " into a terminal. It adds DHCP option entries for 120 and 43 and, on RouterOS v7.4 and later, an"
				+ " option set with a matcher so only MS-UC-Client phones get them. For RouterOS v6 use the"
				+ " commented network line at the end instead of the matcher."),
				List.of("/ip dhcp-server matcher remove " + find, "/ip dhcp-server option sets remove " + find,
						"/ip dhcp-server option remove " + find,
						"(v6: set dhcp-option= on the network back to what it was.)"));
	}

	@Override
	void fill(PhoneProvisioning provisioning, List<Warning> warnings, Slots slots) {
		String central = prefix(provisioning);
		boolean sites = !provisioning.sites().isEmpty();
		List<PhoneProvisioning> groups = sites ? provisioning.perSite() : List.of(provisioning);
		Option43 vlan = provisioning.vlanOption43().orElse(null);
		List<String> options = new ArrayList<>();
		groups.forEach((group) -> options.add("add name=" + prefix(group) + "-120 code=120 value="
				+ HexStyle.PREFIXED_0X.format(group.option120().bytes())));
		options.add("add name=" + central + "-43 code=43 value="
				+ HexStyle.PREFIXED_0X.format(provisioning.option43().bytes()));
		provisioning.ntp()
			.ifPresent((ntp) -> options
				.add("add name=" + central + "-42 code=42 value=" + HexStyle.PREFIXED_0X.format(ntp.bytes())));
		if (vlan != null) {
			options.add("# " + experimentalVlan(vlan) + "; v7.4 and later only.");
			options.add("add name=" + central + "-vlan code=43 value=" + HexStyle.PREFIXED_0X.format(vlan.bytes()));
		}
		slots.put("options", String.join("\n", options));
		slots.put("serverNote", serverNote(provisioning));
		Function<PhoneProvisioning, String> optionSet = (group) -> central + "-43," + prefix(group) + "-120"
				+ (provisioning.ntp().isPresent() ? "," + central + "-42" : "");
		slots.put("optionSets",
				each(groups, (group) -> "add name=" + prefix(group) + "-msuc options=" + optionSet.apply(group)));
		slots.put("matchers", each(groups, (group) -> "add name=" + prefix(group) + "-msuc server=" + server(group)
				+ " code=60 value=\"" + Option43.MS_UC_CLIENT + "\" option-set=" + prefix(group) + "-msuc"));
		slots.put("vlanMatcher",
				(vlan == null) ? ""
						: "/ip dhcp-server option sets\nadd name=" + central + "-vlan options=" + central
								+ "-vlan\n/ip dhcp-server matcher\n"
								+ each(groups,
										(group) -> "add name=" + prefix(group) + "-vlan server=" + server(group)
												+ " code=60 value=\"" + vlan.vendorClass() + "\" option-set=" + central
												+ "-vlan"));
		slots.put("v6Networks",
				each(groups,
						(group) -> "# /ip dhcp-server network set [find address="
								+ group.scope().map(Object::toString).orElse("<voice-network/prefix>")
								+ "] dhcp-option=" + optionSet.apply(group)));
	}

	private static String each(List<PhoneProvisioning> groups, Function<PhoneProvisioning, String> line) {
		return groups.stream().map(line).collect(Collectors.joining("\n"));
	}

	private static String prefix(PhoneProvisioning provisioning) {
		return perSite(PREFIX, provisioning);
	}

	/**
	 * A placeholder named after the site: RouterOS cannot find the server from the
	 * network, and a wrong guess would attach the phones' options to another site's
	 * server.
	 */
	private static String server(PhoneProvisioning provisioning) {
		return provisioning.site().map((site) -> "dhcp-" + site).orElse(DEFAULT_SERVER);
	}

	private static String serverNote(PhoneProvisioning provisioning) {
		if (!provisioning.sites().isEmpty()) {
			return "# CHANGE each server=dhcp-<site> below to the DHCP server that serves that site's phones\n"
					+ "# (/ip dhcp-server print): the names are placeholders.";
		}
		if (provisioning.site().isPresent()) {
			return "# CHANGE server=" + server(provisioning) + " below to the DHCP server that serves site "
					+ provisioning.site().get() + "'s phones"
					+ provisioning.scope().map((scope) -> " on " + scope).orElse("")
					+ "\n# (/ip dhcp-server print): the name is a placeholder.";
		}
		return "# Set server= to the DHCP server that serves the phones"
				+ provisioning.scope().map((scope) -> " on " + scope).orElse("") + " (/ip dhcp-server print).";
	}

}
