package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.LengthBudget;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.PlatformLimit;

/**
 * dnsmasq: a vendor-class tag and one raw option 43 in colon hex (the only form that
 * sends DHCPUtil's bytes unchanged), option 120 as the name.
 */
final class DnsmasqTarget extends TemplatedTarget {

	/** The tag {@code dhcp-range} sets when a scope is given. */
	static final String SCOPE_TAG = "ucdhcp";

	private static final String TOO_LONG = "# OPTION_TOO_LONG: not written, dnsmasq refuses an option over 255"
			+ " bytes (see the warnings above).";

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
		Map<String, String> values = new HashMap<>();
		values.put("header", CommentBlock.comment(CommentBlock.lines(this, provisioning, permalink, about), "# "));
		String tags = "tag:msucclient" + (scoped ? ",tag:" + SCOPE_TAG : "");
		values.put("option43Line", tooLong(provisioning.option43().bytes()) ? TOO_LONG
				: "dhcp-option=" + tags + ",43," + HexStyle.COLON_PAIRS.format(provisioning.option43().bytes()));
		values.put("option120Line", tooLong(provisioning.option120().bytes()) ? TOO_LONG
				: option120(provisioning, scoped ? "tag:" + SCOPE_TAG + "," : ""));
		values.put("extras", extras(provisioning, scoped));
		values.put("range", provisioning.scope()
			.map((scope) -> "# The phones' network, with a first range of at most 253 addresses: widen it and set the lease\n# time to yours.\n"
					+ "dhcp-range=set:" + SCOPE_TAG + "," + AddressRange.of(scope).first() + ","
					+ AddressRange.of(scope).last() + "," + scope.netmask() + ",12h")
			.orElse(""));
		return template().fill(values);
	}

	/**
	 * dnsmasq refuses a whole file over one option longer than 255 bytes (and over lines
	 * longer than about 1000 characters, so not even a commented-out value fits).
	 */
	private static boolean tooLong(byte[] value) {
		return LengthBudget.of(value).crosses(PlatformLimit.DHCP_OPTION);
	}

	/**
	 * The name when it is lower case; otherwise raw colon hex, because dnsmasq
	 * lower-cases the names it encodes (seen on the wire with 2.90) and the bytes would
	 * differ from DHCPUtil's.
	 */
	private static String option120(PhoneProvisioning provisioning, String tag) {
		String registrar = provisioning.registrarFqdn().value();
		if (registrar.equals(registrar.toLowerCase(Locale.ROOT))) {
			return "# Option 120: dnsmasq writes encoding byte 0 and the DNS labels itself (RFC 3361).\n"
					+ "dhcp-option=" + tag + "120," + registrar;
		}
		return "# Option 120 as raw bytes: dnsmasq would lower-case the name " + registrar + " if it encoded it.\n"
				+ "dhcp-option=" + tag + "120," + HexStyle.COLON_PAIRS.format(provisioning.option120().bytes());
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
