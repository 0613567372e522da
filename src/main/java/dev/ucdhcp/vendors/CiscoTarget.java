package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.LengthBudget;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.PlatformLimit;
import dev.ucdhcp.encoding.Warning;

/**
 * Cisco IOS / IOS-XE {@code ip dhcp pool}: options 120 and 43 in dotted hex, with the
 * 180-digit truncation of 15.1(3)S and later spelt out before it bites.
 */
final class CiscoTarget extends TemplatedTarget {

	static final String POOL_NAME = "LYNC-PHONES";

	/** Warning code: IOS pools hand option 43 to every client that asks for it. */
	static final String CISCO_NO_VENDOR_CLASS = "CISCO_NO_VENDOR_CLASS";

	/** Warning code: the experimental VLAN class cannot be expressed in an IOS pool. */
	static final String CISCO_VLAN_UNSUPPORTED = "CISCO_VLAN_UNSUPPORTED";

	private static final PlatformLimit LIMIT = PlatformLimit.CISCO_IOS_HEX;

	CiscoTarget() {
		super("cisco", "Cisco IOS / IOS-XE", "txt", TEXT_PLAIN);
	}

	@Override
	void addOwnWarnings(PhoneProvisioning provisioning, List<Warning> warnings) {
		limit43(provisioning).ifPresent(warnings::add);
		limit120(provisioning).ifPresent(warnings::add);
		warnings.add(new Warning(CISCO_NO_VENDOR_CLASS,
				"IOS DHCP pools cannot match option 60 (vendor class):"
						+ " every client in the pool that asks for option 43 gets the phones' value. Keep the phones in"
						+ " their own pool and VLAN."));
		if (provisioning.vlan().isPresent()) {
			warnings.add(new Warning(CISCO_VLAN_UNSUPPORTED, "The CPE-OCPHONE voice VLAN is not written for IOS: a"
					+ " pool has one option 43 and cannot tell the two vendor classes apart. Hand the VLAN out by"
					+ " LLDP-MED or CDP instead."));
		}
	}

	private static Optional<Warning> limit43(PhoneProvisioning provisioning) {
		LengthBudget budget = LengthBudget.of(provisioning.option43().bytes());
		if (!budget.crosses(LIMIT)) {
			return Optional.empty();
		}
		int webBudget = LengthBudget.webFqdnBudget(provisioning.option43(), provisioning.webServicesFqdn(), LIMIT);
		return Optional.of(new Warning(Warning.CISCO_HEX_LIMIT, "Option 43 is " + budget.hexDigits() + " hex digits, "
				+ budget.hexDigitsOver(LIMIT) + " over the 180 that Cisco IOS 15.1(3)S and later"
				+ " keep: IOS drops the rest without an error and phones never sign in with a PIN. Fix: a web"
				+ " services FQDN of at most " + webBudget + " characters (" + provisioning.webServicesFqdn() + " has "
				+ provisioning.webServicesFqdn().length() + "), or on IOS-XE 3.2.1S and later `option ext 43 hex`"
				+ " (up to 255 bytes) instead of `option 43 hex`."));
	}

	private static Optional<Warning> limit120(PhoneProvisioning provisioning) {
		LengthBudget budget = LengthBudget.of(provisioning.option120().bytes());
		if (!budget.crosses(LIMIT)) {
			return Optional.empty();
		}
		return Optional.of(new Warning(Warning.CISCO_HEX_LIMIT,
				"Option 120 is " + budget.hexDigits() + " hex digits, " + budget.hexDigitsOver(LIMIT)
						+ " over the 180 that Cisco IOS 15.1(3)S and later" + " keep. Fix: a registrar FQDN of at most "
						+ (LIMIT.maxBytes() - 2) + " characters (" + provisioning.registrarFqdn() + " has "
						+ provisioning.registrarFqdn().length() + "), or on IOS-XE"
						+ " 3.2.1S and later `option ext 120 hex` instead of `option 120 hex`."));
	}

	@Override
	public String render(PhoneProvisioning provisioning, String permalink) {
		CommentBlock.About about = new CommentBlock.About(List.of("Paste in configuration mode (configure terminal)"
				+ " on the router or switch that serves the phones' VLAN, then check `show running-config | section"
				+ " dhcp pool`. Cisco IOS shows the hex as dotted groups of four digits, as written here."),
				List.of("If this created the pool, `no ip dhcp pool " + POOL_NAME + "`; if you pasted the option lines"
						+ " into an existing pool, enter it and type `no option 120`, `no option 43`"
						+ (provisioning.ntp().isPresent() ? ", `no option 42`" : "") + "."));
		return template()
			.fill(Map.of("header", CommentBlock.comment(CommentBlock.lines(this, provisioning, permalink, about), "! "),
					"pool", POOL_NAME, "network",
					provisioning.scope()
						.map((scope) -> " network " + scope.address() + " " + scope.netmask() + "\n default-router "
								+ scope.firstHost() + "\n ! Adjust default-router and add dns-server, domain-name as"
								+ " you need.")
						.orElse(" ! Add the phones' network (network <address> <mask>, default-router, dns-server),\n"
								+ " ! or paste the option lines below into your existing voice pool."),
					"option120", optionLine(120, provisioning.option120().bytes(), limit120(provisioning)), "option43",
					optionLine(43, provisioning.option43().bytes(), limit43(provisioning)), "ntp",
					provisioning.ntp()
						.map((ntp) -> " option 42 ip "
								+ ntp.servers().stream().map(Ipv4Address::toString).collect(Collectors.joining(" ")))
						.orElse("")));
	}

	/**
	 * The option line, and when it crosses the limit the warning and the alternative as
	 * comments.
	 */
	private static String optionLine(int code, byte[] value, Optional<Warning> limit) {
		String dotted = HexStyle.CISCO_DOTTED.format(value);
		if (limit.isEmpty()) {
			return " option " + code + " hex " + dotted;
		}
		List<String> wrapped = new ArrayList<>();
		CommentBlock.wrap(limit.get().code() + ": " + limit.get().message(), wrapped);
		List<String> lines = new ArrayList<>();
		wrapped.forEach((line) -> lines.add(" ! " + line));
		lines.add(" option " + code + " hex " + dotted);
		lines.add(" ! IOS-XE 3.2.1S and later: instead of the line above, use");
		lines.add(" ! option ext " + code + " hex " + dotted);
		return String.join("\n", lines);
	}

}
