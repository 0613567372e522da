package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.LengthBudget;
import dev.ucdhcp.encoding.Option120;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.PlatformLimit;
import dev.ucdhcp.encoding.Warning;
import dev.ucdhcp.encoding.WarningCode;

/**
 * Cisco IOS / IOS-XE {@code ip dhcp pool}: options 120 and 43 in dotted hex, with the
 * 180-digit truncation of 15.1(3)S and later spelt out before it bites.
 */
final class CiscoTarget extends TemplatedTarget {

	static final String POOL_NAME = "LYNC-PHONES";

	private static final Template POOL = Template.parse("cisco pool", """
			ip dhcp pool {{pool}}
			{{network}}
			{{option120}}
			{{option43}}
			{{ntp}}
			!""");

	// The closing quotes set the indentation: each line keeps the space IOS pool lines
	// start with.
	private static final Template NETWORK = Template.parse("cisco network", """
			 network {{address}} {{netmask}}
			 default-router {{router}}
			 ! Adjust default-router and add dns-server, domain-name as you need.
			""".stripTrailing());

	private static final String NO_NETWORK = """
			 ! Add the phones' network (network <address> <mask>, default-router, dns-server),
			 ! or paste the option lines below into your existing voice pool.
			""".stripTrailing();

	private static final PlatformLimit LIMIT = PlatformLimit.CISCO_IOS_HEX;

	CiscoTarget() {
		super("cisco", "Cisco IOS / IOS-XE", "txt", TEXT_PLAIN, "! ");
	}

	@Override
	void addOwnWarnings(PhoneProvisioning provisioning, List<Warning> warnings) {
		limit43(provisioning).ifPresent(warnings::add);
		if (provisioning.sites().isEmpty()) {
			limit120(provisioning, "", Option120.SUBJECT).ifPresent(warnings::add);
		}
		for (PhoneProvisioning site : provisioning.perSite()) {
			limit120(site, "Site " + site.site().orElseThrow() + ": ", subject120(site)).ifPresent(warnings::add);
		}
		warnings.add(new Warning(WarningCode.CISCO_NO_VENDOR_CLASS,
				"IOS DHCP pools cannot match option 60 (vendor class):"
						+ " every client in the pool that asks for option 43 gets the phones' value. Keep the phones in"
						+ " their own pool and VLAN."));
		if (provisioning.vlan().isPresent()) {
			warnings.add(new Warning(WarningCode.CISCO_VLAN_UNSUPPORTED, "The CPE-OCPHONE voice VLAN is not written"
					+ " for IOS: a pool has one option 43 and cannot tell the two vendor classes apart. Hand the VLAN"
					+ " out by LLDP-MED or CDP instead."));
		}
	}

	/** The subject of a site's option 120 warnings with sites: each has its own pool. */
	private static String subject120(PhoneProvisioning site) {
		return Option120.SUBJECT + " " + site.site().orElseThrow();
	}

	/** The pool a site's phones get: one per site, so two sites' pools never merge. */
	private static String poolName(PhoneProvisioning provisioning) {
		return provisioning.site()
			.map((site) -> POOL_NAME + "-" + site.value().toUpperCase(Locale.ROOT))
			.orElse(POOL_NAME);
	}

	private static Optional<Warning> limit43(PhoneProvisioning provisioning) {
		LengthBudget budget = LengthBudget.of(provisioning.option43().bytes());
		if (!budget.crosses(LIMIT)) {
			return Optional.empty();
		}
		int webBudget = LengthBudget.webFqdnBudget(provisioning.option43(), provisioning.webServicesFqdn(), LIMIT);
		return Optional.of(new Warning(WarningCode.CISCO_HEX_LIMIT, "Option 43 is " + budget.hexDigits()
				+ " hex digits, " + budget.hexDigitsOver(LIMIT) + " over the 180 that Cisco IOS 15.1(3)S and later"
				+ " keep: IOS drops the rest without an error and phones never sign in with a PIN. Fix: a web"
				+ " services FQDN of at most " + webBudget + " characters (" + provisioning.webServicesFqdn() + " has "
				+ provisioning.webServicesFqdn().length() + "), or on IOS-XE 3.2.1S and later `option ext 43 hex`"
				+ " (up to 255 bytes) instead of `option 43 hex`.", Option43.SUBJECT));
	}

	private static Optional<Warning> limit120(PhoneProvisioning provisioning, String prefix, String subject) {
		LengthBudget budget = LengthBudget.of(provisioning.option120().bytes());
		if (!budget.crosses(LIMIT)) {
			return Optional.empty();
		}
		return Optional.of(new Warning(WarningCode.CISCO_HEX_LIMIT,
				prefix + "Option 120 is " + budget.hexDigits() + " hex digits, " + budget.hexDigitsOver(LIMIT)
						+ " over the 180 that Cisco IOS 15.1(3)S and later" + " keep. Fix: a registrar FQDN of at most "
						+ (LIMIT.maxBytes() - 2) + " characters (" + provisioning.registrar() + " has "
						+ provisioning.registrar().text().length() + "), or on IOS-XE"
						+ " 3.2.1S and later `option ext 120 hex` instead of `option 120 hex`.",
				subject));
	}

	@Override
	CommentBlock.About about(PhoneProvisioning provisioning) {
		List<PhoneProvisioning> pools = pools(provisioning);
		return new CommentBlock.About(List.of("Paste in configuration mode (configure terminal)"
				+ " on the router or switch that serves the phones' VLAN, then check `show running-config | section"
				+ " dhcp pool`. Cisco IOS shows the hex as dotted groups of four digits, as written here."),
				List.of("If this created the pool" + (pools.size() > 1 ? "s" : "") + ", "
						+ pools.stream()
							.map((pool) -> "`no ip dhcp pool " + poolName(pool) + "`")
							.collect(Collectors.joining(", "))
						+ "; if you pasted the option lines"
						+ " into an existing pool, enter it and type `no option 120`, `no option 43`"
						+ (provisioning.ntp().isPresent() ? ", `no option 42`" : "") + "."));
	}

	/** One pool per site with sites, else the one pool. */
	private static List<PhoneProvisioning> pools(PhoneProvisioning provisioning) {
		return provisioning.sites().isEmpty() ? List.of(provisioning) : provisioning.perSite();
	}

	@Override
	void fill(PhoneProvisioning provisioning, List<Warning> warnings, Slots slots) {
		String option43 = optionLine(Option43.CODE, provisioning.option43().bytes(), limit(warnings, Option43.SUBJECT));
		boolean sites = !provisioning.sites().isEmpty();
		slots.put("pools",
				pools(provisioning).stream()
					.map((pool) -> POOL.fill(new Slots().put("pool", poolName(pool))
						.put("network", network(pool))
						.put("option120",
								optionLine(Option120.CODE, pool.option120().bytes(),
										limit(warnings, sites ? subject120(pool) : Option120.SUBJECT)))
						.put("option43", option43)
						.put("ntp", pool.ntp().map((ntp) -> " option 42 ip " + ntp.joined(" ")).orElse(""))))
					.collect(Collectors.joining("\n")));
	}

	private static String network(PhoneProvisioning pool) {
		return pool.scope()
			.map((scope) -> NETWORK.fill(new Slots().put("address", scope.address().toString())
				.put("netmask", scope.netmask().toString())
				.put("router", scope.firstHost().toString())))
			.orElse(NO_NETWORK);
	}

	/**
	 * This render's limit warning about one option: computed with the others, not again.
	 */
	private static Optional<Warning> limit(List<Warning> warnings, String subject) {
		return warnings.stream().filter((warning) -> warning.is(WarningCode.CISCO_HEX_LIMIT, subject)).findFirst();
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
