package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.PhoneProvisioning;

/**
 * MikroTik RouterOS: option entries with {@code 0x} values, an option set and a v7.4+
 * matcher on option 60; the v6 form (options on the network) as commented lines.
 */
final class MikrotikTarget extends TemplatedTarget {

	MikrotikTarget() {
		super("mikrotik", "MikroTik RouterOS", "rsc", TEXT_PLAIN);
	}

	@Override
	public String render(PhoneProvisioning provisioning, String permalink) {
		CommentBlock.About about = new CommentBlock.About(List.of("Import with `/import ucdhcp-mikrotik.rsc` or paste"
				+ " into a terminal. It adds DHCP option entries for 120 and 43 and, on RouterOS v7.4 and later, an"
				+ " option set with a matcher so only MS-UC-Client phones get them. For RouterOS v6 use the"
				+ " commented network line at the end instead of the matcher."),
				List.of("/ip dhcp-server matcher remove [find name~\"^ucdhcp-\"]",
						"/ip dhcp-server option sets remove [find name~\"^ucdhcp-\"]",
						"/ip dhcp-server option remove [find name~\"^ucdhcp-\"]",
						"(v6: set dhcp-option= on the network back to what it was.)"));
		List<String> optionSet = new ArrayList<>(List.of("ucdhcp-43", "ucdhcp-120"));
		List<String> extraOptions = new ArrayList<>();
		provisioning.ntp().ifPresent((ntp) -> {
			extraOptions.add("add name=ucdhcp-42 code=42 value=" + HexStyle.PREFIXED_0X.format(ntp.bytes()));
			optionSet.add("ucdhcp-42");
		});
		String vlanMatcher = provisioning.vlanOption43().map((vlan) -> {
			extraOptions.add("# Experimental: the voice VLAN for vendor class " + vlan.vendorClass()
					+ " as sub-option 10, encoding unverified on phone hardware; v7.4 and later only.");
			extraOptions.add("add name=ucdhcp-vlan code=43 value=" + HexStyle.PREFIXED_0X.format(vlan.bytes()));
			return "/ip dhcp-server option sets\nadd name=ucdhcp-vlan options=ucdhcp-vlan\n/ip dhcp-server matcher\n"
					+ "add name=ucdhcp-vlan server=dhcp1 code=60 value=\"" + vlan.vendorClass()
					+ "\" option-set=ucdhcp-vlan";
		}).orElse("");
		return template()
			.fill(Map.of("header", CommentBlock.comment(CommentBlock.lines(this, provisioning, permalink, about), "# "),
					"option120", HexStyle.PREFIXED_0X.format(provisioning.option120().bytes()), "option43",
					HexStyle.PREFIXED_0X.format(provisioning.option43().bytes()), "extraOptions",
					String.join("\n", extraOptions), "serverHint",
					provisioning.scope().map((scope) -> " on " + scope).orElse(""), "optionSet",
					String.join(",", optionSet), "vlanMatcher", vlanMatcher, "network",
					provisioning.scope().map(Object::toString).orElse("<voice-network/prefix>")));
	}

}
