package dev.ucdhcp.vendors;

import java.util.List;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.SubOption;
import dev.ucdhcp.encoding.Warning;

/**
 * ISC dhcpd 4.4: an option space and a class matching option 60 exactly, option 120
 * defined as a string in colon hex, and {@code authoritative;} for DHCPINFORM.
 */
final class IscTarget extends TemplatedTarget {

	private static final String[] SUB_OPTION_NAMES = { "", "uc-identifier", "url-scheme", "web-fqdn", "web-port",
			"certprov-path" };

	private static final Template VLAN_CLASS = Template.parse("isc vlan class", """

			# {{note}}.
			option space CPEOC code width 1 length width 1;
			option CPEOC.voice-vlan code {{code}} = text;
			class "{{className}}" {
			  match if option vendor-class-identifier = "{{vendorClass}}";
			  vendor-option-space CPEOC;
			  option CPEOC.voice-vlan "{{vlan}}";
			}""");

	private static final Template SUBNET = Template.parse("isc subnet", """
			# The phones' network, with a first range of at most 253 addresses: widen it, set your router,
			# and add the options you already hand out.
			subnet {{address}} netmask {{netmask}} {
			  range {{first}} {{last}};
			  option routers {{router}};
			{{options}}
			}""");

	private static final Template EXISTING = Template.parse("isc existing subnets", """
			# ---- If dhcpd.conf already declares these subnets (dhcpd refuses a second declaration), leave
			# out the subnet declarations above, put the rest of this file before your declarations (an
			# option is defined before it is used), and put each block's lines, without the leading "# ",
			# inside that subnet's declaration:
			{{blocks}}""");

	private static final String SERVER_WIDE = "# Server wide: dhcpd answers only on networks it has a subnet"
			+ " declaration for; keep yours.";

	IscTarget() {
		super("isc", "ISC dhcpd 4.4", "conf", TEXT_PLAIN, "# ");
	}

	@Override
	CommentBlock.About about(PhoneProvisioning provisioning) {
		return new CommentBlock.About(
				List.of("Paste into dhcpd.conf (or include it), check it with"
						+ " `dhcpd -t -cf /etc/dhcp/dhcpd.conf`, then restart isc-dhcp-server. It defines option 120"
						+ " and an MS-UC-Client option space and class, so only phones get option 43."
						+ (subnets(provisioning).isEmpty() ? ""
								: " If dhcpd.conf already declares the phones' subnets, use the lines marked `inside"
										+ " subnet` at the end instead of the subnet declarations.")),
				List.of("Delete the lines from `ucdhcp begin` to `ucdhcp end`, check with `dhcpd -t`, then restart"
						+ " isc-dhcp-server."));
	}

	@Override
	void fill(PhoneProvisioning provisioning, List<Warning> warnings, Slots slots) {
		List<SubOption> subOptions = provisioning.option43().subOptions();
		slots.put("subOptionDefinitions",
				subOptions.stream()
					.map((sub) -> "option MSUC." + name(sub) + " code " + sub.code() + " = text;")
					.collect(Collectors.joining("\n")));
		slots.put("subOptionValues",
				subOptions.stream()
					.map((sub) -> "  option MSUC." + name(sub) + " \"" + sub.text() + "\";")
					.collect(Collectors.joining("\n")));
		slots.put("className", perSite(Option43.MS_UC_CLIENT, provisioning));
		slots.put("vlanClass", provisioning.vlanOption43().map((vlan) -> vlanClass(vlan, provisioning)).orElse(""));
		slots.put("options", options(provisioning));
		slots.put("existingSubnets", existingSubnets(provisioning));
	}

	/** The single-site provisionings whose subnet this file declares: one per site. */
	private static List<PhoneProvisioning> subnets(PhoneProvisioning provisioning) {
		if (!provisioning.sites().isEmpty()) {
			return provisioning.perSite();
		}
		return provisioning.scope().isPresent() ? List.of(provisioning) : List.of();
	}

	private static String name(SubOption subOption) {
		return SUB_OPTION_NAMES[subOption.code()];
	}

	private static String vlanClass(Option43 vlan, PhoneProvisioning provisioning) {
		SubOption sub = vlan.subOptions().get(0);
		return VLAN_CLASS.fill(new Slots().put("note", experimentalVlan(vlan))
			.put("className", perSite(vlan.vendorClass(), provisioning))
			.put("code", Integer.toString(sub.code()))
			.put("vendorClass", vlan.vendorClass())
			.put("vlan", sub.text()));
	}

	private static String options(PhoneProvisioning provisioning) {
		if (!provisioning.sites().isEmpty()) {
			return provisioning.perSite()
				.stream()
				.map((site) -> "# Site " + site.site().orElseThrow() + ": option 120 names " + site.registrar() + ".\n"
						+ subnet(site.scope().orElseThrow(), subnetOptions(site, "  ")))
				.collect(Collectors.joining("\n\n"));
		}
		String indent = provisioning.scope().isPresent() ? "  " : "";
		String options = subnetOptions(provisioning, indent);
		return provisioning.scope().map((scope) -> subnet(scope, options)).orElse(SERVER_WIDE + "\n" + options);
	}

	/**
	 * Option 120 (and 42) for one subnet: never in the phone class, as there a class
	 * option overrides the subnet's and every site would get the same 120.
	 */
	private static String subnetOptions(PhoneProvisioning provisioning, String indent) {
		return lines(
				indent + "option ms-uc-sip-server " + HexStyle.COLON_PAIRS.format(provisioning.option120().bytes())
						+ ";",
				provisioning.ntp().map((ntp) -> indent + "option ntp-servers " + ntp.joined(", ") + ";").orElse(""));
	}

	private static String existingSubnets(PhoneProvisioning provisioning) {
		List<PhoneProvisioning> subnets = subnets(provisioning);
		if (subnets.isEmpty()) {
			return "";
		}
		return "\n" + EXISTING.fill(new Slots().put("blocks", subnets.stream().map((site) -> {
			Ipv4Network scope = site.scope().orElseThrow();
			String subnet = "subnet " + scope.address() + " netmask " + scope.netmask();
			return "# ---- inside " + subnet + site.site().map((name) -> " (site " + name + ")").orElse("") + " ----\n"
					+ subnetOptions(site, "  ").lines().map((line) -> "# " + line).collect(Collectors.joining("\n"))
					+ "\n# ---- end of " + subnet + " ----";
		}).collect(Collectors.joining("\n"))));
	}

	private static String subnet(Ipv4Network scope, String options) {
		AddressRange range = AddressRange.of(scope);
		return SUBNET.fill(new Slots().put("address", scope.address().toString())
			.put("netmask", scope.netmask().toString())
			.put("first", range.first().toString())
			.put("last", range.last().toString())
			.put("router", scope.firstHost().toString())
			.put("options", options));
	}

}
