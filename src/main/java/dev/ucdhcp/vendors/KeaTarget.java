package dev.ucdhcp.vendors;

import java.util.List;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.Warning;

/**
 * Kea DHCPv4 2.2 and later: option 120 defined as binary, option 43 defined and set
 * inside the MS-UC-Client class as binary, plain hex values. No interface names, so
 * {@code kea-dhcp4 -t} accepts it on any host.
 */
final class KeaTarget extends TemplatedTarget {

	private static final Template VLAN_CLASS = Template.parse("kea vlan class", """
			,
			      {
			        // Experimental: the voice VLAN as sub-option 10, encoding unverified on phone hardware.
			        "name": "{{className}}",
			        "test": "option[vendor-class-identifier].text == '{{vendorClass}}'",
			        "option-def": [
			          { "name": "vendor-encapsulated-options", "code": 43, "type": "binary" }
			        ],
			        "option-data": [
			          { "name": "vendor-encapsulated-options", "csv-format": false,
			            "data": "{{hex}}" }
			        ]
			      }""");

	private static final Template SUBNETS = Template.parse("kea subnets",
			"""
					,
					    // The phones' network{{plural}}, with a first pool of at most 253 addresses: widen it and set your router.
					    // The id (here the network address as a number) must be unique and stable in your configuration.
					    "subnet4": [
					{{entries}}
					    ]""");

	private static final Template SUBNET = Template.parse("kea subnet", """
			      {
			        "id": {{id}},
			        "subnet": "{{scope}}",
			        "pools": [ { "pool": "{{first}} - {{last}}" } ],
			        "option-data": [
			          { "name": "routers", "data": "{{router}}" },
			{{optionData}}
			        ]
			      }""");

	private static final Template EXISTING = Template.parse("kea existing subnets", """
			    // ---- If kea-dhcp4.conf already has these subnet4 entries, leave out "subnet4" above and add
			    // each block's entries, without the leading "// ", to the "option-data" of the entry with
			    // the same "subnet" instead:
			{{blocks}}""");

	KeaTarget() {
		super("kea", "Kea DHCPv4 2.2+", "json", "application/json", "// ");
	}

	@Override
	CommentBlock.About about(PhoneProvisioning provisioning) {
		return new CommentBlock.About(List.of("Merge into /etc/kea/kea-dhcp4.conf next to your"
				+ " interfaces-config and lease-database, check it with `kea-dhcp4 -t /etc/kea/kea-dhcp4.conf`, then"
				+ " restart kea-dhcp4-server. It defines option 120 and a client class MS-UC-Client that carries"
				+ " option 43, so only phones get option 43."
				+ (subnets(provisioning).isEmpty() ? ""
						: " If your configuration already has the phones' subnet4 entries, use the lines marked"
								+ " `inside subnet4` at the end instead of the subnet4 list.")),
				List.of("Remove the option-def ms-uc-sip-server, the option-data entries ms-uc-sip-server"
						+ (provisioning.ntp().isPresent() ? " and ntp-servers" : "") + ", the client class"
						+ " MS-UC-Client" + (provisioning.vlan().isPresent() ? " and CPE-OCPHONE" : "")
						+ (provisioning.scope().isPresent() ? " and the subnet4 entry" : "")
						+ (provisioning.sites().isEmpty() ? "" : " and the subnet4 entries")
						+ ", check with `kea-dhcp4 -t`, then restart kea-dhcp4-server."));
	}

	@Override
	void fill(PhoneProvisioning provisioning, List<Warning> warnings, Slots slots) {
		List<PhoneProvisioning> subnets = subnets(provisioning);
		slots.put("globalOptions",
				!subnets.isEmpty() ? "" : "    \"option-data\": [\n" + optionData(provisioning, "      ") + "\n    ],");
		slots.put("option43", HexStyle.CANONICAL.format(provisioning.option43().bytes()));
		slots.put("className", perSite(Option43.MS_UC_CLIENT, provisioning));
		slots.put("vlanClass", provisioning.vlanOption43().map((vlan) -> vlanClass(vlan, provisioning)).orElse(""));
		slots.put("subnet",
				subnets.isEmpty() ? "" : SUBNETS.fill(new Slots().put("plural", (subnets.size() > 1) ? "s" : "")
					.put("entries", subnets.stream().map(KeaTarget::subnet).collect(Collectors.joining(",\n")))));
		slots.put("existingSubnets", subnets.isEmpty() ? "" : EXISTING.fill(new Slots().put("blocks",
				subnets.stream().map(KeaTarget::existingSubnet).collect(Collectors.joining("\n")))));
	}

	/**
	 * The single-site provisionings whose subnet4 entry this file writes: one per site.
	 */
	private static List<PhoneProvisioning> subnets(PhoneProvisioning provisioning) {
		if (!provisioning.sites().isEmpty()) {
			return provisioning.perSite();
		}
		return provisioning.scope().isPresent() ? List.of(provisioning) : List.of();
	}

	private static String existingSubnet(PhoneProvisioning site) {
		String subnet = "subnet4 \"" + site.scope().orElseThrow() + "\"";
		return "    // ---- inside " + subnet + site.site().map((name) -> " (site " + name + ")").orElse("") + " ----\n"
				+ optionData(site, "    // ") + "\n    // ---- end of " + subnet + " ----";
	}

	private static String optionData(PhoneProvisioning provisioning, String indent) {
		return String.join(",\n", List.of(
				indent + "{ \"name\": \"ms-uc-sip-server\", \"csv-format\": false, \"data\": \""
						+ HexStyle.CANONICAL.format(provisioning.option120().bytes()) + "\" }",
				provisioning.ntp()
					.map((ntp) -> indent + "{ \"name\": \"ntp-servers\", \"data\": \"" + ntp.joined(", ") + "\" }")
					.orElse(""))
			.stream()
			.filter((entry) -> !entry.isEmpty())
			.toList());
	}

	private static String vlanClass(Option43 vlan, PhoneProvisioning provisioning) {
		return VLAN_CLASS.fill(new Slots().put("vendorClass", vlan.vendorClass())
			.put("className", perSite(vlan.vendorClass(), provisioning))
			.put("hex", HexStyle.CANONICAL.format(vlan.bytes())));
	}

	private static String subnet(PhoneProvisioning site) {
		Ipv4Network scope = site.scope().orElseThrow();
		String optionData = optionData(site, "          ");
		long id = Integer.toUnsignedLong(scope.address().bits());
		AddressRange range = AddressRange.of(scope);
		return SUBNET.fill(new Slots().put("id", Long.toString(Math.max(1, id)))
			.put("scope", scope.toString())
			.put("first", range.first().toString())
			.put("last", range.last().toString())
			.put("router", scope.firstHost().toString())
			.put("optionData", optionData));
	}

}
