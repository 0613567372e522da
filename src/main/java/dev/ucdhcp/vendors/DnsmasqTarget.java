package dev.ucdhcp.vendors;

import java.util.List;
import java.util.Locale;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.LengthBudget;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.PlatformLimit;
import dev.ucdhcp.encoding.Warning;

/**
 * dnsmasq: a vendor-class tag and one raw option 43 in colon hex (the only form that
 * sends DHCPUtil's bytes unchanged), option 120 as the name.
 */
final class DnsmasqTarget extends TemplatedTarget {

	/** The tag {@code dhcp-range} sets when a scope is given. */
	static final String SCOPE_TAG = "ucdhcp";

	private static final String TOO_LONG = "# OPTION_TOO_LONG: not written, dnsmasq refuses an option over 255"
			+ " bytes (see the warnings above).";

	private static final Template RANGE = Template.parse("dnsmasq range", """
			# The phones' network, with a first range of at most 253 addresses: widen it and set the lease
			# time to yours.
			dhcp-range=set:{{tag}},{{first}},{{last}},{{netmask}},12h""");

	private static final Template VLAN = Template.parse("dnsmasq vlan", """
			# {{note}}.
			dhcp-vendorclass=set:cpeocphone,{{vendorClass}}
			dhcp-option=tag:cpeocphone{{scopeTag}},43,{{hex}}""");

	DnsmasqTarget() {
		super("dnsmasq", "dnsmasq 2.80+", "conf", TEXT_PLAIN, "# ");
	}

	@Override
	CommentBlock.About about(PhoneProvisioning provisioning) {
		return new CommentBlock.About(List.of("Drop into /etc/dnsmasq.d/ (or append to"
				+ " dnsmasq.conf), check it with `dnsmasq --test`, then restart dnsmasq. It tags clients that send"
				+ " option 60 MS-UC-Client and gives only them option 43; option 120 goes to every client that"
				+ " asks for it."),
				List.of("Delete the lines from `ucdhcp begin` to `ucdhcp end` (or the file in /etc/dnsmasq.d/),"
						+ " check with `dnsmasq --test`, then restart dnsmasq."));
	}

	@Override
	void fill(PhoneProvisioning provisioning, List<Warning> warnings, Slots slots) {
		// Scoped, every line also needs the range's tag: dnsmasq matches all of a line's
		// tags.
		String scopeTag = provisioning.scope().isPresent() ? ",tag:" + SCOPE_TAG : "";
		slots.put("option43Line", tooLong(provisioning.option43().bytes()) ? TOO_LONG : "dhcp-option=tag:msucclient"
				+ scopeTag + ",43," + HexStyle.COLON_PAIRS.format(provisioning.option43().bytes()));
		String tagPrefix = scopeTag.isEmpty() ? "" : scopeTag.substring(1) + ",";
		slots.put("option120Line",
				tooLong(provisioning.option120().bytes()) ? TOO_LONG : option120(provisioning, tagPrefix));
		slots.put("extras",
				lines(provisioning.ntp()
					.map((ntp) -> "# Option 42, NTP servers: PIN sign-in needs the right time.\ndhcp-option="
							+ tagPrefix + "42," + ntp.joined(","))
					.orElse(""), provisioning.vlanOption43().map((vlan) -> vlan(vlan, scopeTag)).orElse("")));
		slots.put("range", provisioning.scope().map(DnsmasqTarget::range).orElse(""));
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
		String registrar = provisioning.registrar().text();
		if (registrar.equals(registrar.toLowerCase(Locale.ROOT))) {
			return "# Option 120: dnsmasq writes encoding byte 0 and the DNS labels itself (RFC 3361).\n"
					+ "dhcp-option=" + tag + "120," + registrar;
		}
		return "# Option 120 as raw bytes: dnsmasq would lower-case the name " + registrar + " if it encoded it.\n"
				+ "dhcp-option=" + tag + "120," + HexStyle.COLON_PAIRS.format(provisioning.option120().bytes());
	}

	private static String vlan(Option43 vlan, String scopeTag) {
		return VLAN.fill(new Slots().put("note", experimentalVlan(vlan))
			.put("vendorClass", vlan.vendorClass())
			.put("scopeTag", scopeTag)
			.put("hex", HexStyle.COLON_PAIRS.format(vlan.bytes())));
	}

	private static String range(Ipv4Network scope) {
		AddressRange range = AddressRange.of(scope);
		return RANGE.fill(new Slots().put("tag", SCOPE_TAG)
			.put("first", range.first().toString())
			.put("last", range.last().toString())
			.put("netmask", scope.netmask().toString()));
	}

}
