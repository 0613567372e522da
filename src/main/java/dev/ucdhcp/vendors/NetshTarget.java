package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.SubOption;
import dev.ucdhcp.encoding.Warning;

/**
 * Windows DHCP through netsh: Microsoft's DHCPConfigScript.bat with the values filled in
 * (and without its {@code if nt} typo), CRLF line endings, {@code Cleanup} as first
 * argument removes and stops.
 */
final class NetshTarget extends TemplatedTarget {

	/** The vendor class name for the experimental VLAN class; its data is CPE-OCPHONE. */
	static final String VLAN_CLASS = "CPEOCPHONE";

	NetshTarget() {
		super("netsh", "Windows DHCP (netsh)", "bat", TEXT_PLAIN, "rem ");
	}

	@Override
	CommentBlock.About about(PhoneProvisioning provisioning) {
		boolean sites = !provisioning.sites().isEmpty();
		return new CommentBlock.About(List.of("Run on the Windows DHCP server (or add"
				+ " \\\\server after `netsh dhcp server` for a remote one). It defines option 120 and the vendor class"
				+ " MSUCClient (data MS-UC-Client) with sub-options 1-5, like DHCPConfigScript.bat."
				+ (provisioning.scope().isPresent() ? " Definitions and the class are server wide; it deletes and"
						+ " re-creates them as DHCPConfigScript.bat does, then sets the values on this scope only. If"
						+ " other scopes carry these options, run their scripts again afterwards." : "")
				+ (sites ? " Definitions, the class and the option 43 values are server wide; option 120 is set on"
						+ " each site's scope, which must exist." : "")),
				List.of("Run `" + fileName(provisioning) + " Cleanup`: it deletes option 120's value and definition"
						+ " and the class MSUCClient"
						+ (provisioning.scope().isPresent() ? ", and the values on the scope" : "")
						+ (sites ? ", and option 120 on each site's scope" : "")
						+ (provisioning.ntp().isPresent() ? ", option 42" : "")
						+ (provisioning.vlan().isPresent() ? ", the class " + VLAN_CLASS : "") + ", then stops."));
	}

	@Override
	void fill(PhoneProvisioning provisioning, List<Warning> warnings, Slots slots) {
		// With sites, everything but option 120 is central: server level.
		String context = context(provisioning);
		slots.put("file", fileName(provisioning));
		slots.put("context", context);
		slots.put("option120Values", option120Values(provisioning, context));
		for (SubOption sub : provisioning.option43().subOptions()) {
			slots.put("sub" + sub.code(), HexStyle.CANONICAL.format(sub.value()));
		}
		slots.put("scopeCleanup", scopeCleanup(provisioning, context));
		slots.put("extrasCleanup", extrasCleanup(provisioning, context));
		slots.put("extras", extras(provisioning, context));
	}

	private static String context(PhoneProvisioning provisioning) {
		return provisioning.scope().map(NetshTarget::scopeContext).orElse("");
	}

	private static String scopeContext(Ipv4Network scope) {
		return "scope " + scope.address() + " ";
	}

	private static String option120Values(PhoneProvisioning provisioning, String context) {
		if (provisioning.sites().isEmpty()) {
			return option120Value(context, provisioning);
		}
		return provisioning.perSite()
			.stream()
			.map((site) -> "rem Site " + site.site().orElseThrow() + ": " + site.registrar() + "\n"
					+ option120Value(scopeContext(site.scope().orElseThrow()), site))
			.collect(Collectors.joining("\n"));
	}

	private static String option120Value(String context, PhoneProvisioning provisioning) {
		return "netsh dhcp server " + context + "set optionvalue 120 Binary "
				+ HexStyle.CANONICAL.format(provisioning.option120().bytes());
	}

	/**
	 * CRLF, and {@code %%} in rem lines: a .bat expands %x even there, so a permalink's
	 * %2F stays literal.
	 */
	@Override
	String finish(String script) {
		return batch(script);
	}

	private static String batch(String script) {
		String[] lines = script.split("\n", -1);
		StringBuilder out = new StringBuilder(script.length() + 64);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			out.append(line.startsWith("rem") ? line.replace("%", "%%") : line);
			if (i < lines.length - 1) {
				out.append("\r\n");
			}
		}
		return out.toString();
	}

	private static String scopeCleanup(PhoneProvisioning provisioning, String context) {
		if (!provisioning.sites().isEmpty()) {
			return provisioning.sites()
				.stream()
				.map((site) -> "netsh dhcp server " + scopeContext(site.scope()) + "delete optionvalue 120")
				.collect(Collectors.joining("\n"));
		}
		if (provisioning.scope().isEmpty()) {
			return "";
		}
		List<String> lines = new ArrayList<>();
		for (SubOption sub : provisioning.option43().subOptions()) {
			lines.add("netsh dhcp server " + context + "delete optionvalue " + sub.code() + " vendor=MSUCClient");
		}
		lines.add("netsh dhcp server " + context + "delete optionvalue 120");
		return String.join("\n", lines);
	}

	private static String extrasCleanup(PhoneProvisioning provisioning, String context) {
		List<String> lines = new ArrayList<>();
		if (provisioning.ntp().isPresent()) {
			lines.add("netsh dhcp server " + context + "delete optionvalue 42");
		}
		provisioning.vlanOption43().ifPresent((vlan) -> {
			if (provisioning.scope().isPresent()) {
				lines.add("netsh dhcp server " + context + "delete optionvalue " + vlan.subOptions().get(0).code()
						+ " vendor=" + VLAN_CLASS);
			}
			lines.add("netsh dhcp server delete class " + VLAN_CLASS);
		});
		return String.join("\n", lines);
	}

	private static String extras(PhoneProvisioning provisioning, String context) {
		List<String> lines = new ArrayList<>();
		provisioning.ntp()
			.ifPresent((ntp) -> lines
				.add("netsh dhcp server " + context + "set optionvalue 42 IPADDRESS " + ntp.joined(" ")));
		provisioning.vlanOption43().ifPresent((vlan) -> {
			SubOption sub = vlan.subOptions().get(0);
			lines.add("rem " + experimentalVlan(vlan) + ".");
			lines.add("netsh dhcp server add class " + VLAN_CLASS + " \"Voice VLAN (experimental)\" \""
					+ vlan.vendorClass() + "\" 1");
			lines.add("netsh dhcp server add optiondef " + sub.code() + " VoiceVLAN Binary 0 Vendor=" + VLAN_CLASS
					+ " comment=\"Voice VLAN ID\"");
			lines.add("netsh dhcp server " + context + "set optionvalue " + sub.code() + " Binary vendor=" + VLAN_CLASS
					+ " " + HexStyle.CANONICAL.format(sub.value()));
		});
		return String.join("\n", lines);
	}

}
