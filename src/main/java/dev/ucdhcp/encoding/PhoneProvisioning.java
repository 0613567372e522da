package dev.ucdhcp.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The validated facts about a Lync / Skype for Business deployment that a phone needs
 * from DHCP, with every default resolved. Each target renders from this alone.
 *
 * @param pool the Front End pool: a name, or addresses (then {@code web} is given)
 * @param site the effective site name (given, or derived), empty with {@code sites}
 * @param sites many sites in one output; empty for one site or none (then {@code sba} and
 * {@code scope} say it)
 */
public record PhoneProvisioning(Registrar pool, Optional<Fqdn> web, Optional<Registrar> director,
		Optional<Registrar> sba, Port port, CertProvPath path, Scheme scheme, Optional<Ipv4Network> scope,
		Optional<Option42> ntp, Optional<VlanId> vlan, Optional<SiteName> site, List<Site> sites) {

	/**
	 * Bytes options 43, 120 and 42 may take, headers included, and still fit a 576-byte
	 * reply (RFC 2131's minimum, what a client that sends no option 57 gets): 576 - 240
	 * bytes of BOOTP header and cookie leave 336 for options, of which the usual lease,
	 * mask, router, DNS and server options take about 75.
	 */
	static final int MINIMUM_REPLY_BUDGET = 260;

	public PhoneProvisioning {
		sites = List.copyOf(sites);
		if (web.isEmpty() && !(pool instanceof Registrar.Name)) {
			throw new IllegalArgumentException("a pool given as addresses needs a web services FQDN");
		}
		if (!sites.isEmpty() && (site.isPresent() || scope.isPresent() || sba.isPresent())) {
			throw new IllegalArgumentException("with sites, each line gives its own name, scope and sba");
		}
	}

	/** The seed example's defaults around one pool name. */
	public static PhoneProvisioning of(Fqdn pool) {
		return new PhoneProvisioning(new Registrar.Name(pool), Optional.empty(), Optional.empty(), Optional.empty(),
				Port.HTTPS, CertProvPath.DEFAULT, Scheme.HTTPS, Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), List.of());
	}

	/**
	 * The single-site output for one of {@link #sites()}: what its own permalink shows.
	 */
	public PhoneProvisioning forSite(Site site) {
		return new PhoneProvisioning(this.pool, this.web, this.director, site.sba(), this.port, this.path, this.scheme,
				Optional.of(site.scope()), this.ntp, this.vlan, Optional.of(site.name()), List.of());
	}

	/**
	 * One single-site provisioning per line of {@code sites}, in order: each has the
	 * site's name, scope, registrar and option 120. Empty without {@code sites}.
	 */
	public List<PhoneProvisioning> perSite() {
		return this.sites.stream().map(this::forSite).toList();
	}

	public Topology topology() {
		if (this.sba.isPresent()) {
			return Topology.BRANCH_SBA;
		}
		return this.director.isPresent() ? Topology.DIRECTOR : Topology.FRONT_END_POOL;
	}

	/**
	 * Option 120 target: the SBA if given, else the Director if given, else the pool.
	 * With {@code sites}, the central one: each site's comes from {@link #perSite()}.
	 */
	public Registrar registrar() {
		return this.sba.or(() -> this.director).orElse(this.pool);
	}

	/**
	 * Option 43 sub-option 3: the web services FQDN if given, else the pool (then a name:
	 * the constructor refuses a pool given as addresses without web).
	 */
	public Fqdn webServicesFqdn() {
		return this.web.orElseGet(() -> ((Registrar.Name) this.pool).fqdn());
	}

	public Option120 option120() {
		return Option120.of(registrar());
	}

	public Option43 option43() {
		return Option43.msUcClient(this.scheme, webServicesFqdn(), this.port.value(), this.path);
	}

	public Optional<Option43> vlanOption43() {
		return this.vlan.map(Option43::cpeOcPhoneVlan);
	}

	/** The certificate provisioning URL the phone assembles from sub-options 2 to 5. */
	public String provisioningUrl() {
		return this.scheme.text() + "://" + webServicesFqdn() + ":" + this.port + this.path;
	}

	/**
	 * Warnings that hold whatever the target; targets add their own. With {@code sites},
	 * a site's own warnings (its option 120) follow, marked with the site's name.
	 */
	public List<Warning> warnings() {
		List<Warning> warnings = new ArrayList<>(ownWarnings());
		for (PhoneProvisioning site : perSite()) {
			for (Warning warning : site.ownWarnings()) {
				if (!warnings.contains(warning)) {
					warnings
						.add(new Warning(warning.code(), "Site " + site.site().orElseThrow() + ": " + warning.message(),
								warning.subject() + " " + site.site().orElseThrow()));
				}
			}
		}
		return List.copyOf(warnings);
	}

	private List<Warning> ownWarnings() {
		List<Warning> warnings = new ArrayList<>();
		if (this.scheme == Scheme.HTTP) {
			warnings.add(new Warning(WarningCode.HTTP_SCHEME, "The scheme is http: Lync phones fetch their certificate"
					+ " over https by default; use http only if your web services really listen there."));
		}
		if (this.vlan.isPresent()) {
			warnings.add(new Warning(WarningCode.VLAN_EXPERIMENTAL, "The CPE-OCPHONE voice VLAN (sub-option 10) is"
					+ " experimental: its encoding (ASCII decimal here) is unverified on phone hardware. Test one phone"
					+ " before rolling it out, or hand out the VLAN by LLDP-MED instead."));
		}
		if (LengthBudget.of(option43().bytes()).crosses(PlatformLimit.DHCP_OPTION)) {
			warnings
				.add(new Warning(WarningCode.OPTION_TOO_LONG,
						"Option 43 is longer than 255 bytes, the most one"
								+ " DHCP option can carry: shorten the web services FQDN or the path.",
						Option43.SUBJECT));
		}
		if (LengthBudget.of(option120().bytes()).crosses(PlatformLimit.DHCP_OPTION)) {
			warnings.add(new Warning(WarningCode.OPTION_TOO_LONG,
					"Option 120 is longer than 255 bytes, the most one"
							+ " DHCP option can carry: use a registrar FQDN of at most 252 characters.",
					Option120.SUBJECT));
		}
		int replyBytes = optionSpace();
		if (replyBytes > MINIMUM_REPLY_BUDGET) {
			warnings.add(new Warning(WarningCode.REPLY_SPACE, "Options 43, 120 and 42 together take " + replyBytes
					+ " bytes; a reply to a client that does not ask for larger messages (option 57) has room for"
					+ " about " + MINIMUM_REPLY_BUDGET + ". Seen on the wire: ISC dhcpd then drops option 120 from"
					+ " INFORM replies and dnsmasq drops option 43. Shorten the registrar or web services FQDN."));
		}
		return List.copyOf(warnings);
	}

	/**
	 * Bytes options 43, 120 and 42 take in a reply, each with its code and length bytes.
	 */
	private int optionSpace() {
		int ntpBytes = this.ntp.map((servers) -> 2 + servers.bytes().length).orElse(0);
		return 2 + option43().bytes().length + 2 + option120().bytes().length + ntpBytes;
	}

}
