package dev.ucdhcp.encoding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the raw inputs (form fields, permalink query, API parameters: one vocabulary)
 * into a {@link PhoneProvisioning}, or into one message per invalid field. A blank
 * optional field means "use the default".
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

	/** Every input name, in the order forms and permalinks list them. */
	public static final List<String> NAMES = List.of(POOL, WEB, DIRECTOR, SBA, PORT, PATH, SCHEME, SCOPE, NTP, VLAN);

	/** Longer raw values are refused before parsing: no valid input comes near this. */
	static final int MAX_RAW_LENGTH = 300;

	private ProvisioningInputs() {
	}

	/** The outcome of parsing: either a provisioning or the field errors, never both. */
	public record Parsed(Optional<PhoneProvisioning> provisioning, Map<String, String> fieldErrors) {

		public Parsed {
			// in the order of NAMES, so forms and problem details list them as the form
			// shows them
			fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
		}

		public boolean valid() {
			return this.provisioning.isPresent();
		}

	}

	public static Parsed parse(Map<String, String> raw) {
		Map<String, String> errors = new LinkedHashMap<>();
		Reader reader = new Reader(raw, errors);
		Optional<Fqdn> pool = reader.optional(POOL, Fqdn::parse);
		if (pool.isEmpty() && !errors.containsKey(POOL)) {
			errors.put(POOL, "Enter the Front End pool FQDN (Topology Builder, or Get-CsPool in the Skype for Business"
					+ " Server Management Shell).");
		}
		Optional<Fqdn> web = reader.optional(WEB, Fqdn::parse);
		Optional<Fqdn> director = reader.optional(DIRECTOR, Fqdn::parse);
		Optional<Fqdn> sba = reader.optional(SBA, Fqdn::parse);
		Port port = reader.optional(PORT, Port::parse).orElse(Port.HTTPS);
		CertProvPath path = reader.optional(PATH, CertProvPath::parse).orElse(CertProvPath.DEFAULT);
		Scheme scheme = reader.optional(SCHEME, Scheme::parse).orElse(Scheme.HTTPS);
		Optional<Ipv4Network> scope = reader.optional(SCOPE, Ipv4Network::parse);
		Optional<Option42> ntp = reader.optional(NTP, Option42::parse);
		Optional<VlanId> vlan = reader.optional(VLAN, VlanId::parse);
		if (!errors.isEmpty()) {
			return new Parsed(Optional.empty(), errors);
		}
		return new Parsed(Optional
			.of(new PhoneProvisioning(pool.orElseThrow(), web, director, sba, port, path, scheme, scope, ntp, vlan)),
				Map.of());
	}

	/**
	 * The inputs as permalink query parameters, in the contract's vocabulary and order,
	 * leaving out what equals its default so the link stays short: the way back of
	 * {@link #parse}.
	 */
	public static Map<String, String> queryParameters(PhoneProvisioning provisioning) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put(POOL, provisioning.pool().value());
		provisioning.web().ifPresent((value) -> query.put(WEB, value.value()));
		provisioning.director().ifPresent((value) -> query.put(DIRECTOR, value.value()));
		provisioning.sba().ifPresent((value) -> query.put(SBA, value.value()));
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

	}

}
