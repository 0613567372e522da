package dev.ucdhcp.vendors;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.LengthBudget;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.PlatformLimit;
import dev.ucdhcp.encoding.Registrar;
import dev.ucdhcp.encoding.Warning;

/**
 * dnsmasq: a vendor-class tag and one raw option 43 in colon hex (the only form that
 * sends DHCPUtil's bytes unchanged), option 120 as the name.
 */
final class DnsmasqTarget extends TemplatedTarget {

	/** The tag {@code dhcp-range} sets when a scope is given; the site follows it. */
	static final String SCOPE_TAG = "ucdhcp";

	/** The tag for clients whose option 60 contains MS-UC-Client. */
	static final String PHONE_TAG = "msucclient";

	/** The tag for clients whose option 60 contains CPE-OCPHONE. */
	static final String VLAN_TAG = "cpeocphone";

	private static final String TOO_LONG = "# OPTION_TOO_LONG: not written, dnsmasq refuses an option over 255"
			+ " bytes (see the warnings above).";

	private static final Template RANGE = Template.parse("dnsmasq range", """
			# The phones' network, with a first range of at most 253 addresses: widen it and set the lease
			# time to yours.
			dhcp-range=set:{{tag}},{{first}},{{last}},{{netmask}},12h""");

	private static final Template VLAN = Template.parse("dnsmasq vlan", """
			# {{note}}.
			dhcp-vendorclass=set:{{tag}},{{vendorClass}}
			dhcp-option=tag:{{tag}}{{scopeTag}},43,{{hex}}""");

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
		String phoneTag = perSite(PHONE_TAG, provisioning);
		slots.put("phoneTag", phoneTag);
		// Scoped, every line also needs the range's tag: dnsmasq matches all of a line's
		// tags. With sites, option 43 is central: every phone of every range.
		String scopeTag = provisioning.scope().isPresent() ? ",tag:" + scopeTag(provisioning) : "";
		slots.put("option43Line", tooLong(provisioning.option43().bytes()) ? TOO_LONG : "dhcp-option=tag:" + phoneTag
				+ scopeTag + ",43," + HexStyle.COLON_PAIRS.format(provisioning.option43().bytes()));
		boolean sites = !provisioning.sites().isEmpty();
		slots.put("option120Line", sites ? "" : option120Line(provisioning));
		slots.put("extras",
				lines(sites ? "" : ntp(provisioning),
						provisioning.vlanOption43()
							.map((vlan) -> vlan(vlan, perSite(VLAN_TAG, provisioning), scopeTag))
							.orElse("")));
		slots.put("range",
				sites ? provisioning.perSite().stream().map(DnsmasqTarget::site).collect(Collectors.joining("\n"))
						: provisioning.scope().map((scope) -> range(scope, scopeTag(provisioning))).orElse(""));
	}

	/** A site's range, tagged with its name, and the options only that range gets. */
	private static String site(PhoneProvisioning site) {
		return lines("# Site " + site.site().orElseThrow() + ": option 120 names " + site.registrar() + ".",
				range(site.scope().orElseThrow(), scopeTag(site)), option120Line(site), ntp(site));
	}

	private static String scopeTag(PhoneProvisioning provisioning) {
		return perSite(SCOPE_TAG, provisioning);
	}

	/** The tag prefix of a range-bound line: empty without a scope. */
	private static String tagPrefix(PhoneProvisioning provisioning) {
		return provisioning.scope().isPresent() ? "tag:" + scopeTag(provisioning) + "," : "";
	}

	private static String option120Line(PhoneProvisioning provisioning) {
		return tooLong(provisioning.option120().bytes()) ? TOO_LONG : option120(provisioning, tagPrefix(provisioning));
	}

	private static String ntp(PhoneProvisioning provisioning) {
		return provisioning.ntp()
			.map((ntp) -> "# Option 42, NTP servers: PIN sign-in needs the right time.\ndhcp-option="
					+ tagPrefix(provisioning) + "42," + ntp.joined(","))
			.orElse("");
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
		if (provisioning.registrar() instanceof Registrar.Addresses) {
			return "# Option 120 as raw bytes: encoding byte 01, then each address (RFC 3361).\n" + "dhcp-option=" + tag
					+ "120," + HexStyle.COLON_PAIRS.format(provisioning.option120().bytes());
		}
		if (registrar.equals(registrar.toLowerCase(Locale.ROOT))) {
			return "# Option 120: dnsmasq writes encoding byte 0 and the DNS labels itself (RFC 3361).\n"
					+ "dhcp-option=" + tag + "120," + registrar;
		}
		return "# Option 120 as raw bytes: dnsmasq would lower-case the name " + registrar + " if it encoded it.\n"
				+ "dhcp-option=" + tag + "120," + HexStyle.COLON_PAIRS.format(provisioning.option120().bytes());
	}

	private static String vlan(Option43 vlan, String tag, String scopeTag) {
		return VLAN.fill(new Slots().put("note", experimentalVlan(vlan))
			.put("tag", tag)
			.put("vendorClass", vlan.vendorClass())
			.put("scopeTag", scopeTag)
			.put("hex", HexStyle.COLON_PAIRS.format(vlan.bytes())));
	}

	private static String range(Ipv4Network scope, String tag) {
		AddressRange range = AddressRange.of(scope);
		return RANGE.fill(new Slots().put("tag", tag)
			.put("first", range.first().toString())
			.put("last", range.last().toString())
			.put("netmask", scope.netmask().toString()));
	}

}
