package dev.ucdhcp.vendors;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.Option42;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.SubOption;

/**
 * ISC dhcpd 4.4: an option space and a class matching option 60 exactly, option 120
 * defined as a string in colon hex, and {@code authoritative;} for DHCPINFORM.
 */
final class IscTarget extends TemplatedTarget {

	private static final String[] SUB_OPTION_NAMES = { "", "uc-identifier", "url-scheme", "web-fqdn", "web-port",
			"certprov-path" };

	IscTarget() {
		super("isc", "ISC dhcpd 4.4", "conf", TEXT_PLAIN);
	}

	@Override
	public String render(PhoneProvisioning provisioning, String permalink) {
		CommentBlock.About about = new CommentBlock.About(
				List.of("Paste into dhcpd.conf (or include it), check it with"
						+ " `dhcpd -t -cf /etc/dhcp/dhcpd.conf`, then restart isc-dhcp-server. It defines option 120"
						+ " and an MS-UC-Client option space and class, so only phones get option 43."),
				List.of("Delete the lines from `ucdhcp begin` to `ucdhcp end`, check with `dhcpd -t`, then restart"
						+ " isc-dhcp-server."));
		List<SubOption> subOptions = provisioning.option43().subOptions();
		return template().fill(Map.of("header",
				CommentBlock.comment(CommentBlock.lines(this, provisioning, permalink, about), "# "),
				"subOptionDefinitions",
				subOptions.stream()
					.map((sub) -> "option MSUC." + name(sub) + " code " + sub.code() + " = text;")
					.collect(Collectors.joining("\n")),
				"subOptionValues",
				subOptions.stream()
					.map((sub) -> "  option MSUC." + name(sub) + " \"" + sub.text() + "\";")
					.collect(Collectors.joining("\n")),
				"vlanClass", provisioning.vlanOption43().map(IscTarget::vlanClass).orElse(""), "options",
				options(provisioning)));
	}

	private static String name(SubOption subOption) {
		return SUB_OPTION_NAMES[subOption.code()];
	}

	private static String vlanClass(Option43 vlan) {
		SubOption sub = vlan.subOptions().get(0);
		return "\n# Experimental: the voice VLAN for vendor class " + vlan.vendorClass() + " as sub-option "
				+ sub.code() + ", encoding unverified on phone hardware.\n" + "option space CPEOC code width 1 length"
				+ " width 1;\n" + "option CPEOC.voice-vlan code " + sub.code() + " = text;\n" + "class \""
				+ vlan.vendorClass() + "\" {\n" + "  match if option vendor-class-identifier = \"" + vlan.vendorClass()
				+ "\";\n" + "  vendor-option-space CPEOC;\n" + "  option CPEOC.voice-vlan \"" + sub.text() + "\";\n"
				+ "}";
	}

	private static String options(PhoneProvisioning provisioning) {
		StringBuilder options = new StringBuilder();
		String indent = provisioning.scope().isPresent() ? "  " : "";
		options.append(indent)
			.append("option ms-uc-sip-server ")
			.append(HexStyle.COLON_PAIRS.format(provisioning.option120().bytes()))
			.append(';');
		provisioning.ntp().ifPresent((ntp) -> options.append('\n').append(indent).append(ntpLine(ntp)));
		return provisioning.scope()
			.map((scope) -> subnet(scope, options.toString()))
			.orElse("# Server wide: dhcpd answers only on networks it has a subnet declaration for; keep yours.\n"
					+ options);
	}

	private static String ntpLine(Option42 ntp) {
		return "option ntp-servers "
				+ ntp.servers().stream().map(Ipv4Address::toString).collect(Collectors.joining(", ")) + ";";
	}

	private static String subnet(Ipv4Network scope, String options) {
		return "# The phones' network, with a first range of at most 253 addresses: widen it, set your router,\n"
				+ "# and add the options you already hand out.\n" + "subnet " + scope.address() + " netmask "
				+ scope.netmask() + " {\n" + "  range " + AddressRange.of(scope).first() + " "
				+ AddressRange.of(scope).last() + ";\n" + "  option routers " + scope.firstHost() + ";\n" + options
				+ "\n}";
	}

}
