package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;

/**
 * Kea DHCPv4 2.2 and later: option 120 defined as binary, option 43 defined and set
 * inside the MS-UC-Client class as binary, plain hex values. No interface names, so
 * {@code kea-dhcp4 -t} accepts it on any host.
 */
final class KeaTarget extends TemplatedTarget {

	KeaTarget() {
		super("kea", "Kea DHCPv4 2.2+", "json", "application/json");
	}

	@Override
	public String render(PhoneProvisioning provisioning, String permalink) {
		CommentBlock.About about = new CommentBlock.About(List.of("Merge into /etc/kea/kea-dhcp4.conf next to your"
				+ " interfaces-config and lease-database, check it with `kea-dhcp4 -t /etc/kea/kea-dhcp4.conf`, then"
				+ " restart kea-dhcp4-server. It defines option 120 and a client class MS-UC-Client that carries"
				+ " option 43, so only phones get option 43."),
				List.of("Remove the option-def ms-uc-sip-server, the option-data entries ms-uc-sip-server"
						+ (provisioning.ntp().isPresent() ? " and ntp-servers" : "") + ", the client class"
						+ " MS-UC-Client" + (provisioning.vlan().isPresent() ? " and CPE-OCPHONE" : "")
						+ (provisioning.scope().isPresent() ? " and the subnet4 entry" : "")
						+ ", check with `kea-dhcp4 -t`, then restart kea-dhcp4-server."));
		return template().fill(Map.of("header",
				CommentBlock.comment(CommentBlock.lines(this, provisioning, permalink, about), "// "), "globalOptions",
				provisioning.scope().isPresent() ? ""
						: "    \"option-data\": [\n" + optionData(provisioning, "      ") + "\n    ],",
				"option43", HexStyle.CANONICAL.format(provisioning.option43().bytes()), "vlanClass",
				provisioning.vlanOption43().map(KeaTarget::vlanClass).orElse(""), "subnet",
				provisioning.scope().map((scope) -> subnet(scope, optionData(provisioning, "          "))).orElse("")));
	}

	private static String optionData(PhoneProvisioning provisioning, String indent) {
		List<String> entries = new ArrayList<>();
		entries.add(indent + "{ \"name\": \"ms-uc-sip-server\", \"csv-format\": false, \"data\": \""
				+ HexStyle.CANONICAL.format(provisioning.option120().bytes()) + "\" }");
		provisioning.ntp()
			.ifPresent((ntp) -> entries.add(indent + "{ \"name\": \"ntp-servers\", \"data\": \""
					+ ntp.servers().stream().map(Ipv4Address::toString).collect(Collectors.joining(", ")) + "\" }"));
		return String.join(",\n", entries);
	}

	private static String vlanClass(Option43 vlan) {
		return ",\n      {\n" + "        // Experimental: the voice VLAN as sub-option 10, encoding unverified on"
				+ " phone hardware.\n" + "        \"name\": \"" + vlan.vendorClass() + "\",\n"
				+ "        \"test\": \"option[vendor-class-identifier].text == '" + vlan.vendorClass() + "'\",\n"
				+ "        \"option-def\": [\n"
				+ "          { \"name\": \"vendor-encapsulated-options\", \"code\": 43, \"type\": \"binary\" }\n"
				+ "        ],\n" + "        \"option-data\": [\n"
				+ "          { \"name\": \"vendor-encapsulated-options\", \"csv-format\": false,\n"
				+ "            \"data\": \"" + HexStyle.CANONICAL.format(vlan.bytes()) + "\" }\n" + "        ]\n"
				+ "      }";
	}

	private static String subnet(Ipv4Network scope, String optionData) {
		long id = Integer.toUnsignedLong(scope.address().bits());
		return ",\n    // The phones' network, with a first pool of at most 253 addresses: widen it and set your"
				+ " router.\n    // The id (here the network address as a number) must be unique and stable in your"
				+ " configuration.\n" + "    \"subnet4\": [\n" + "      {\n" + "        \"id\": " + Math.max(1, id)
				+ ",\n" + "        \"subnet\": \"" + scope + "\",\n" + "        \"pools\": [ { \"pool\": \""
				+ AddressRange.of(scope).first() + " - " + AddressRange.of(scope).last() + "\" } ],\n"
				+ "        \"option-data\": [\n" + "          { \"name\": \"routers\", \"data\": \"" + scope.firstHost()
				+ "\" },\n" + optionData + "\n" + "        ]\n" + "      }\n" + "    ]";
	}

}
