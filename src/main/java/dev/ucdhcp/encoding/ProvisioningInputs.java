package dev.ucdhcp.encoding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The URL vocabulary both ways (form fields, permalink query, API parameters): raw inputs
 * into a {@link PhoneProvisioning} or one message per invalid field, and a provisioning
 * back into the shortest query that reproduces it. A blank optional field means "use the
 * default".
 */
public final class ProvisioningInputs {

	public static final String POOL = "pool";

	public static final String WEB = "web";

	public static final String DIRECTOR = "director";

	public static final String SBA = "sba";

	public static final String PORT = "port";

	public static final String PATH = "path";

	public static final String SCHEME = "scheme";

	public static final String SCOPE = "scope";

	public static final String NTP = "ntp";

	public static final String VLAN = "vlan";

	public static final String SITE = "site";

	public static final String SITES = "sites";

	/** Every input name, in the order forms and permalinks list them. */
	public static final List<String> NAMES = List.of(POOL, WEB, DIRECTOR, SBA, PORT, PATH, SCHEME, SCOPE, NTP, VLAN,
			SITE, SITES);

	/** Longer raw values are refused before parsing: no valid input comes near this. */
	static final int MAX_RAW_LENGTH = 300;

	private ProvisioningInputs() {
	}

	/**
	 * The outcome of parsing: either a provisioning or the field errors, never both.
	 * {@code siteErrors} holds the {@code sites} errors line by line (their summary is
	 * {@code fieldErrors.get("sites")}).
	 */
	public record Parsed(Optional<PhoneProvisioning> provisioning, Map<String, String> fieldErrors,
			List<SiteLineError> siteErrors) {

		public Parsed {
			// in the order of NAMES, so forms and problem details list them as the form
			// shows them
			fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
			siteErrors = List.copyOf(siteErrors);
		}

		public boolean valid() {
			return this.provisioning.isPresent();
		}

	}

	public static Parsed parse(Map<String, String> raw) {
		Map<String, String> errors = new LinkedHashMap<>();
		Reader reader = new Reader(raw, errors);
		Optional<Registrar> pool = reader.optional(POOL, Registrar::parse);
		if (pool.isEmpty() && !errors.containsKey(POOL)) {
			errors.put(POOL, "Enter the Front End pool FQDN (Topology Builder, or Get-CsPool in the Skype for Business"
					+ " Server Management Shell).");
		}
		Optional<Fqdn> web = reader.optional(WEB, Fqdn::parse);
		if (pool.isPresent() && !(pool.get() instanceof Registrar.Name) && web.isEmpty() && !errors.containsKey(WEB)) {
			errors.put(WEB, "The pool is given as addresses: enter the internal web services FQDN, as option 43"
					+ " needs a name the phone can match with the certificate.");
		}
		Optional<Registrar> director = reader.optional(DIRECTOR, Registrar::parse);
		Optional<Registrar> sba = reader.optional(SBA, Registrar::parse);
		Port port = reader.optional(PORT, Port::parse).orElse(Port.HTTPS);
		CertProvPath path = reader.optional(PATH, CertProvPath::parse).orElse(CertProvPath.DEFAULT);
		Scheme scheme = reader.optional(SCHEME, Scheme::parse).orElse(Scheme.HTTPS);
		Optional<Ipv4Network> scope = reader.optional(SCOPE, Ipv4Network::parse);
		Optional<Option42> ntp = reader.optional(NTP, Option42::parse);
		Optional<VlanId> vlan = reader.optional(VLAN, VlanId::parse);
		Optional<SiteName> site = reader.optional(SITE, SiteName::parse);
		SiteLines.Result sites = reader.sites();
		if (reader.given(SITES)) {
			reader.mustBeEmptyWithSites(SITE);
			reader.mustBeEmptyWithSites(SCOPE);
			reader.mustBeEmptyWithSites(SBA);
		}
		if (!errors.isEmpty()) {
			Map<String, String> ordered = new LinkedHashMap<>();
			NAMES.stream().filter(errors::containsKey).forEach((name) -> ordered.put(name, errors.get(name)));
			return new Parsed(Optional.empty(), ordered, sites.errors());
		}
		Optional<SiteName> effectiveSite = sites.sites().isEmpty() ? site.or(() -> SiteName.derived(sba, scope))
				: Optional.empty();
		return new Parsed(Optional.of(new PhoneProvisioning(pool.orElseThrow(), web, director, sba, port, path, scheme,
				scope, ntp, vlan, effectiveSite, sites.sites())), Map.of(), List.of());
	}

	/**
	 * The inputs as permalink query parameters, in the contract's vocabulary and order,
	 * leaving out what equals its default (a derived site name too) so the link stays
	 * short: the way back of {@link #parse}.
	 */
	public static Map<String, String> queryParameters(PhoneProvisioning provisioning) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put(POOL, provisioning.pool().text());
		provisioning.web().ifPresent((value) -> query.put(WEB, value.value()));
		provisioning.director().ifPresent((value) -> query.put(DIRECTOR, value.text()));
		provisioning.sba().ifPresent((value) -> query.put(SBA, value.text()));
		if (!provisioning.port().equals(Port.HTTPS)) {
			query.put(PORT, provisioning.port().toString());
		}
		if (!provisioning.path().equals(CertProvPath.DEFAULT)) {
			query.put(PATH, provisioning.path().value());
		}
		if (provisioning.scheme() != Scheme.HTTPS) {
			query.put(SCHEME, provisioning.scheme().text());
		}
		provisioning.scope().ifPresent((value) -> query.put(SCOPE, value.toString()));
		provisioning.ntp().ifPresent((value) -> query.put(NTP, value.joined(",")));
		provisioning.vlan().ifPresent((value) -> query.put(VLAN, value.toString()));
		provisioning.site()
			.filter((site) -> !SiteName.derived(provisioning.sba(), provisioning.scope()).equals(Optional.of(site)))
			.ifPresent((site) -> query.put(SITE, site.value()));
		if (!provisioning.sites().isEmpty()) {
			query.put(SITES, SiteLines.format(provisioning.sites()));
		}
		return query;
	}

	private record Reader(Map<String, String> raw, Map<String, String> errors) {

		<T> Optional<T> optional(String name, Function<String, T> parser) {
			String value = this.raw.get(name);
			if (value == null || value.isBlank()) {
				return Optional.empty();
			}
			if (value.length() > MAX_RAW_LENGTH) {
				this.errors.put(name, "This value is far too long (" + value.length() + " characters).");
				return Optional.empty();
			}
			try {
				return Optional.of(parser.apply(value.strip()));
			}
			catch (InvalidValueException ex) {
				this.errors.put(name, ex.getMessage());
				return Optional.empty();
			}
		}

		SiteLines.Result sites() {
			String value = this.raw.get(SITES);
			if (value == null || value.isBlank()) {
				return new SiteLines.Result(List.of(), List.of());
			}
			if (value.length() > SiteLines.MAX_LENGTH) {
				this.errors.put(SITES, "This list is too long (" + value.length() + " characters; at most "
						+ SiteLines.MAX_LENGTH + "). Split the sites into two outputs.");
				return new SiteLines.Result(List.of(), List.of());
			}
			SiteLines.Result result = SiteLines.parse(value);
			if (!result.valid()) {
				this.errors.put(SITES, result.message());
			}
			return result;
		}

		boolean given(String name) {
			String value = this.raw.get(name);
			return value != null && !value.isBlank();
		}

		void mustBeEmptyWithSites(String name) {
			if (given(name)) {
				this.errors.put(name, "Leave " + name + " empty when sites is given: each line of sites names its own"
						+ " site, scope and SBA.");
			}
		}

	}

}
