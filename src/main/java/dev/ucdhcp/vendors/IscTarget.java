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
			class "{{vendorClass}}" {
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
						+ " and an MS-UC-Client option space and class, so only phones get option 43."),
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
		slots.put("vlanClass", provisioning.vlanOption43().map(IscTarget::vlanClass).orElse(""));
		slots.put("options", options(provisioning));
	}

	private static String name(SubOption subOption) {
		return SUB_OPTION_NAMES[subOption.code()];
	}

	private static String vlanClass(Option43 vlan) {
		SubOption sub = vlan.subOptions().get(0);
		return VLAN_CLASS.fill(new Slots().put("note", experimentalVlan(vlan))
			.put("code", Integer.toString(sub.code()))
			.put("vendorClass", vlan.vendorClass())
			.put("vlan", sub.text()));
	}

	private static String options(PhoneProvisioning provisioning) {
		String indent = provisioning.scope().isPresent() ? "  " : "";
		String options = lines(
				indent + "option ms-uc-sip-server " + HexStyle.COLON_PAIRS.format(provisioning.option120().bytes())
						+ ";",
				provisioning.ntp().map((ntp) -> indent + "option ntp-servers " + ntp.joined(", ") + ";").orElse(""));
		return provisioning.scope().map((scope) -> subnet(scope, options)).orElse(SERVER_WIDE + "\n" + options);
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
