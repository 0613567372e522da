package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.Warning;

/**
 * MikroTik RouterOS: option entries with {@code 0x} values, an option set and a v7.4+
 * matcher on option 60; the v6 form (options on the network) as commented lines.
 */
final class MikrotikTarget extends TemplatedTarget {

	private static final Template VLAN_MATCHER = Template.parse("mikrotik vlan matcher", """
			/ip dhcp-server option sets
			add name=ucdhcp-vlan options=ucdhcp-vlan
			/ip dhcp-server matcher
			add name=ucdhcp-vlan server=dhcp1 code=60 value="{{vendorClass}}" option-set=ucdhcp-vlan""");

	MikrotikTarget() {
		super("mikrotik", "MikroTik RouterOS", "rsc", TEXT_PLAIN, "# ");
	}

	@Override
	CommentBlock.About about(PhoneProvisioning provisioning) {
		return new CommentBlock.About(List.of("Import with `/import ucdhcp-mikrotik.rsc` or paste"
				+ " into a terminal. It adds DHCP option entries for 120 and 43 and, on RouterOS v7.4 and later, an"
				+ " option set with a matcher so only MS-UC-Client phones get them. For RouterOS v6 use the"
				+ " commented network line at the end instead of the matcher."),
				List.of("/ip dhcp-server matcher remove [find name~\"^ucdhcp-\"]",
						"/ip dhcp-server option sets remove [find name~\"^ucdhcp-\"]",
						"/ip dhcp-server option remove [find name~\"^ucdhcp-\"]",
						"(v6: set dhcp-option= on the network back to what it was.)"));
	}

	@Override
	void fill(PhoneProvisioning provisioning, List<Warning> warnings, Slots slots) {
		List<String> optionSet = new ArrayList<>(List.of("ucdhcp-43", "ucdhcp-120"));
		provisioning.ntp().ifPresent((ntp) -> optionSet.add("ucdhcp-42"));
		Option43 vlan = provisioning.vlanOption43().orElse(null);
		slots.put("option120", HexStyle.PREFIXED_0X.format(provisioning.option120().bytes()));
		slots.put("option43", HexStyle.PREFIXED_0X.format(provisioning.option43().bytes()));
		slots.put(
				"extraOptions", lines(
						provisioning.ntp()
							.map((ntp) -> "add name=ucdhcp-42 code=42 value="
									+ HexStyle.PREFIXED_0X.format(ntp.bytes()))
							.orElse(""),
						(vlan != null) ? "# " + experimentalVlan(vlan) + "; v7.4 and later only.\n"
								+ "add name=ucdhcp-vlan code=43 value=" + HexStyle.PREFIXED_0X.format(vlan.bytes())
								: ""));
		slots.put("serverHint", provisioning.scope().map((scope) -> " on " + scope).orElse(""));
		slots.put("optionSet", String.join(",", optionSet));
		slots.put("vlanMatcher",
				(vlan != null) ? VLAN_MATCHER.fill(new Slots().put("vendorClass", vlan.vendorClass())) : "");
		slots.put("network", provisioning.scope().map(Object::toString).orElse("<voice-network/prefix>"));
	}

}
