package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.PhoneProvisioning;

/**
 * dnsmasq: a vendor-class tag and one raw option 43 in colon hex (the only form that
 * sends DHCPUtil's bytes unchanged), option 120 as the name.
 */
final class DnsmasqTarget extends TemplatedTarget {

	/** The tag {@code dhcp-range} sets when a scope is given. */
	static final String SCOPE_TAG = "ucdhcp";

	DnsmasqTarget() {
		super("dnsmasq", "dnsmasq 2.80+", "conf", TEXT_PLAIN);
	}

	@Override
	public String render(PhoneProvisioning provisioning, String permalink) {
		CommentBlock.About about = new CommentBlock.About(List.of("Drop into /etc/dnsmasq.d/ (or append to"
				+ " dnsmasq.conf), check it with `dnsmasq --test`, then restart dnsmasq. It tags clients that send"
				+ " option 60 MS-UC-Client and gives only them option 43; option 120 goes to every client that"
				+ " asks for it."),
				List.of("Delete the lines from `ucdhcp begin` to `ucdhcp end` (or the file in /etc/dnsmasq.d/),"
						+ " check with `dnsmasq --test`, then restart dnsmasq."));
		boolean scoped = provisioning.scope().isPresent();
		return template().fill(Map.of("header",
				CommentBlock.comment(CommentBlock.lines(this, provisioning, permalink, about), "# "), "scopeTag",
				scoped ? ",tag:" + SCOPE_TAG : "", "scopeTagFirst", scoped ? "tag:" + SCOPE_TAG + "," : "", "option43",
				HexStyle.COLON_PAIRS.format(provisioning.option43().bytes()), "registrar",
				provisioning.registrarFqdn().value(), "extras", extras(provisioning, scoped), "range",
				provisioning.scope()
					.map((scope) -> "# The phones' network. Adjust the range and lease time to yours.\n"
							+ "dhcp-range=set:" + SCOPE_TAG + "," + scope.firstHost().plus(1) + "," + scope.lastHost()
							+ "," + scope.netmask() + ",12h")
					.orElse("")));
	}

	private static String extras(PhoneProvisioning provisioning, boolean scoped) {
		String tag = scoped ? "tag:" + SCOPE_TAG + "," : "";
		List<String> lines = new ArrayList<>();
		provisioning.ntp()
			.ifPresent((ntp) -> lines
				.add("# Option 42, NTP servers: PIN sign-in needs the right time.\n" + "dhcp-option=" + tag + "42,"
						+ ntp.servers().stream().map(Ipv4Address::toString).collect(Collectors.joining(","))));
		provisioning.vlanOption43()
			.ifPresent((vlan) -> lines.add("# Experimental: the voice VLAN for vendor class " + vlan.vendorClass()
					+ " as sub-option 10, encoding unverified on phone hardware.\n" + "dhcp-vendorclass=set:cpeocphone,"
					+ vlan.vendorClass() + "\n" + "dhcp-option=tag:cpeocphone" + (scoped ? ",tag:" + SCOPE_TAG : "")
					+ ",43," + HexStyle.COLON_PAIRS.format(vlan.bytes())));
		return String.join("\n", lines);
	}

}
