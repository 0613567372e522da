package dev.ucdhcp.vendors;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.SubOption;
import dev.ucdhcp.encoding.Warning;

/**
 * Windows DHCP through the DhcpServer PowerShell module: idempotent, values as byte
 * arrays, {@code -ComputerName} and a {@code -Remove} switch, server or scope level.
 */
final class PowerShellTarget extends TemplatedTarget {

	private static final HexFormat BYTES = HexFormat.ofDelimiter(",").withPrefix("0x").withUpperCase();

	private static final String NTP_REMOVE = "    Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope"
			+ " -OptionId 42 -ErrorAction SilentlyContinue";

	private static final String NTP_SET = """
			# Option 42, NTP servers, is built into Windows DHCP.
			Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -OptionId 42 -Value $ntpServers""";

	private static final Template VLAN_VALUES = Template.parse("powershell vlan values", """
			# {{note}}.
			# VLAN ID {{vlan}}
			$voiceVlan = [byte[]]({{bytes}})""");

	private static final Template VLAN_REMOVE = Template.parse("powershell vlan remove",
			"""
					    Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'CPEOCPHONE' -OptionId {{code}} -ErrorAction SilentlyContinue
					    Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'CPEOCPHONE' -OptionId {{code}} -ErrorAction SilentlyContinue
					    Remove-DhcpServerv4Class -ComputerName $ComputerName -Name 'CPEOCPHONE' -Type Vendor -ErrorAction SilentlyContinue
					"""
				.stripTrailing());

	private static final Template VLAN_SET = Template.parse("powershell vlan set",
			"""
					if (-not (Get-DhcpServerv4Class -ComputerName $ComputerName -Name 'CPEOCPHONE' -ErrorAction SilentlyContinue)) {
					    Add-DhcpServerv4Class -ComputerName $ComputerName -Name 'CPEOCPHONE' -Type Vendor -Data '{{vendorClass}}' -Description 'Voice VLAN (experimental)'
					}
					if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'CPEOCPHONE' -OptionId {{code}} -ErrorAction SilentlyContinue)) {
					    Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'CPEOCPHONE' -Name 'VoiceVLAN' -OptionId {{code}} -Type BinaryData
					}
					Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'CPEOCPHONE' -OptionId {{code}} -Value $voiceVlan""");

	private static final String OPTION_120_REMOVE = "    Remove-DhcpServerv4OptionValue -ComputerName $ComputerName"
			+ " @scope -OptionId 120 -ErrorAction SilentlyContinue";

	private static final String OPTION_120_SET = "Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope"
			+ " -OptionId 120 -Value $option120";

	private static final String SITES_120_REMOVE = """
			    foreach ($scopeId in $option120ByScope.Keys) {
			        Remove-DhcpServerv4OptionValue -ComputerName $ComputerName -ScopeId $scopeId -OptionId 120 -ErrorAction SilentlyContinue
			    }
			"""
		.stripTrailing();

	private static final String SITES_120_SET = """
			# Option 120 on each site's scope, to that site's registrar.
			foreach ($site in $option120ByScope.GetEnumerator()) {
			    Set-DhcpServerv4OptionValue -ComputerName $ComputerName -ScopeId $site.Key -OptionId 120 -Value $site.Value
			}""";

	PowerShellTarget() {
		super("powershell", "Windows DHCP (PowerShell)", "ps1", TEXT_PLAIN, "# ");
	}

	@Override
	CommentBlock.About about(PhoneProvisioning provisioning) {
		return new CommentBlock.About(
				List.of("Run in an elevated PowerShell on the DHCP server"
						+ " or with -ComputerName. It adds the vendor class MSUCClient (data MS-UC-Client), option 120"
						+ " and sub-options 1-5 as BinaryData only where they are missing, then sets the values"
						+ (provisioning.scope().isPresent() ? " on the scope." : "")
						+ (provisioning.sites().isEmpty() ? (provisioning.scope().isPresent() ? "" : " server wide.")
								: " server wide, and option 120 on each site's scope, which must exist.")),
				List.of("Run it again with -Remove: it removes the values, the definitions and the class it adds."));
	}

	@Override
	void fill(PhoneProvisioning provisioning, List<Warning> warnings, Slots slots) {
		boolean sites = !provisioning.sites().isEmpty();
		slots.put("file", fileName(provisioning));
		slots.put("option120Values", sites ? option120ByScope(provisioning)
				: "$option120 = [byte[]](" + bytes(provisioning.option120().bytes()) + ")");
		slots.put("option120Remove", sites ? SITES_120_REMOVE : OPTION_120_REMOVE);
		slots.put("option120Set", sites ? SITES_120_SET : OPTION_120_SET);
		slots.put("subOptions",
				provisioning.option43()
					.subOptions()
					.stream()
					.map((sub) -> "    # " + sub.name() + ": " + sub.text() + "\n    " + sub.code() + " = [byte[]]("
							+ bytes(sub.value()) + ")")
					.collect(Collectors.joining("\n")));
		slots.put("scopeArgument",
				provisioning.scope().map((scope) -> "ScopeId = '" + scope.address() + "' ").orElse(""));
		Option43 vlan = provisioning.vlanOption43().orElse(null);
		Slots vlanSlots = (vlan != null) ? vlanSlots(vlan) : null;
		slots.put("extrasValues", lines(provisioning.ntp()
			.map((ntp) -> "$ntpServers = @("
					+ ntp.servers().stream().map((ip) -> "'" + ip + "'").collect(Collectors.joining(", ")) + ")")
			.orElse(""), (vlan != null) ? VLAN_VALUES.fill(vlanSlots) : ""));
		slots.put("extrasRemove", lines(provisioning.ntp().isPresent() ? NTP_REMOVE : "",
				(vlan != null) ? VLAN_REMOVE.fill(vlanSlots) : ""));
		slots.put("extrasSet",
				lines(provisioning.ntp().isPresent() ? NTP_SET : "", (vlan != null) ? VLAN_SET.fill(vlanSlots) : ""));
	}

	/**
	 * With sites: each site's option 120, keyed by its scope; everything else is central.
	 */
	private static String option120ByScope(PhoneProvisioning provisioning) {
		return "$option120ByScope = [ordered]@{\n" + provisioning.perSite()
			.stream()
			.map((site) -> "    # " + site.site().orElseThrow() + ": " + site.registrar() + "\n    '"
					+ site.scope().orElseThrow().address() + "' = [byte[]](" + bytes(site.option120().bytes()) + ")")
			.collect(Collectors.joining("\n")) + "\n}";
	}

	private static Slots vlanSlots(Option43 vlan) {
		SubOption sub = vlan.subOptions().get(0);
		return new Slots().put("note", experimentalVlan(vlan))
			.put("vlan", sub.text())
			.put("bytes", bytes(sub.value()))
			.put("code", Integer.toString(sub.code()))
			.put("vendorClass", vlan.vendorClass());
	}

	private static String bytes(byte[] value) {
		return BYTES.formatHex(value);
	}

}
