package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.SubOption;

/**
 * Windows DHCP through the DhcpServer PowerShell module: idempotent, values as byte
 * arrays, {@code -ComputerName} and a {@code -Remove} switch, server or scope level.
 */
final class PowerShellTarget extends TemplatedTarget {

	private static final HexFormat BYTES = HexFormat.ofDelimiter(",").withPrefix("0x").withUpperCase();

	PowerShellTarget() {
		super("powershell", "Windows DHCP (PowerShell)", "ps1", TEXT_PLAIN);
	}

	@Override
	public String render(PhoneProvisioning provisioning, String permalink) {
		CommentBlock.About about = new CommentBlock.About(
				List.of("Run in an elevated PowerShell on the DHCP server"
						+ " or with -ComputerName. It adds the vendor class MSUCClient (data MS-UC-Client), option 120"
						+ " and sub-options 1-5 as BinaryData only where they are missing, then sets the values"
						+ (provisioning.scope().isPresent() ? " on the scope." : " server wide.")),
				List.of("Run it again with -Remove: it removes the values, the definitions and the class it adds."));
		return template()
			.fill(Map.of("header", CommentBlock.comment(CommentBlock.lines(this, provisioning, permalink, about), "# "),
					"option120", bytes(provisioning.option120().bytes()), "subOptions",
					provisioning.option43()
						.subOptions()
						.stream()
						.map((sub) -> "    # " + sub.name() + ": " + sub.text() + "\n    " + sub.code() + " = [byte[]]("
								+ bytes(sub.value()) + ")")
						.collect(Collectors.joining("\n")),
					"scopeArgument",
					provisioning.scope().map((scope) -> "ScopeId = '" + scope.address() + "' ").orElse(""),
					"extrasValues", extrasValues(provisioning), "extrasRemove", extrasRemove(provisioning), "extrasSet",
					extrasSet(provisioning)));
	}

	private static String bytes(byte[] value) {
		return BYTES.formatHex(value);
	}

	private static String extrasValues(PhoneProvisioning provisioning) {
		List<String> lines = new ArrayList<>();
		provisioning.ntp()
			.ifPresent((ntp) -> lines.add("$ntpServers = @("
					+ ntp.servers().stream().map((ip) -> "'" + ip + "'").collect(Collectors.joining(", ")) + ")"));
		provisioning.vlanOption43().ifPresent((vlan) -> {
			SubOption sub = vlan.subOptions().get(0);
			lines.add("# Experimental: the voice VLAN for vendor class " + vlan.vendorClass() + " as sub-option "
					+ sub.code() + ", encoding unverified on phone hardware.");
			lines.add("# VLAN ID " + sub.text());
			lines.add("$voiceVlan = [byte[]](" + bytes(sub.value()) + ")");
		});
		return String.join("\n", lines);
	}

	private static String extrasRemove(PhoneProvisioning provisioning) {
		List<String> lines = new ArrayList<>();
		if (provisioning.ntp().isPresent()) {
			lines.add("    Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -OptionId 42"
					+ " -ErrorAction SilentlyContinue");
		}
		provisioning.vlanOption43().ifPresent((vlan) -> {
			int code = vlan.subOptions().get(0).code();
			lines.add("    Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'CPEOCPHONE'"
					+ " -OptionId " + code + " -ErrorAction SilentlyContinue");
			lines.add("    Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'CPEOCPHONE'"
					+ " -OptionId " + code + " -ErrorAction SilentlyContinue");
			lines.add("    Remove-DhcpServerv4Class -ComputerName $ComputerName -Name 'CPEOCPHONE' -Type Vendor"
					+ " -ErrorAction SilentlyContinue");
		});
		return String.join("\n", lines);
	}

	private static String extrasSet(PhoneProvisioning provisioning) {
		List<String> lines = new ArrayList<>();
		if (provisioning.ntp().isPresent()) {
			lines.add("# Option 42, NTP servers, is built into Windows DHCP.");
			lines.add("Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -OptionId 42 -Value $ntpServers");
		}
		provisioning.vlanOption43().ifPresent((vlan) -> {
			int code = vlan.subOptions().get(0).code();
			lines.add("if (-not (Get-DhcpServerv4Class -ComputerName $ComputerName -Name 'CPEOCPHONE'"
					+ " -ErrorAction SilentlyContinue)) {");
			lines.add("    Add-DhcpServerv4Class -ComputerName $ComputerName -Name 'CPEOCPHONE' -Type Vendor -Data '"
					+ vlan.vendorClass() + "' -Description 'Voice VLAN (experimental)'");
			lines.add("}");
			lines.add("if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'CPEOCPHONE'"
					+ " -OptionId " + code + " -ErrorAction SilentlyContinue)) {");
			lines.add("    Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'CPEOCPHONE'"
					+ " -Name 'VoiceVLAN' -OptionId " + code + " -Type BinaryData");
			lines.add("}");
			lines.add("Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'CPEOCPHONE'"
					+ " -OptionId " + code + " -Value $voiceVlan");
		});
		return String.join("\n", lines);
	}

}
