package dev.ucdhcp.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.encoding.SiteLines;
import dev.ucdhcp.encoding.SiteName;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The contract's inputs as the API's query parameters, declared once for every route. The
 * constraints put each rule (length, pattern, range) into the OpenAPI document;
 * {@link ProvisioningInputs} stays the one that decides, with messages for administrators
 * ({@code ProvisioningQueryTest} keeps the two in step at every limit).
 *
 * @param pool Front End pool FQDN
 * @param web internal web services FQDN
 * @param director Director pool FQDN
 * @param sba Survivable Branch Appliance FQDN
 * @param port certificate provisioning port
 * @param path certificate provisioning path
 * @param scheme https or http
 * @param scope IPv4 network in CIDR notation
 * @param ntp time servers
 * @param vlan voice VLAN
 * @param site short site name
 * @param sites many sites, one {@code name,scope[,sba]} per line
 */
public record ProvisioningQuery(
		@Parameter(
				description = "Front End pool FQDN, or 1-8 IPv4 addresses comma separated (option 120 encoding"
						+ " 1; then web is required); option 120 names it unless director or sba is given",
				required = true, example = "lync.schertz.local") @NotBlank @Size(
						max = FQDN_MAX) @Pattern(regexp = REGISTRAR) String pool,
		@Parameter(description = "internal web services FQDN (option 43 sub-option 3); default: pool") @Size(
				max = FQDN_MAX) @Pattern(regexp = FQDN) String web,
		@Parameter(description = "Director pool FQDN or 1-8 IPv4 addresses; option 120 then names it") @Size(
				max = FQDN_MAX) @Pattern(regexp = REGISTRAR) String director,
		@Parameter(description = "Survivable Branch Appliance / Server FQDN or 1-8 IPv4 addresses of a branch"
				+ " site; option 120 then names it, option 43 stays central; empty with sites") @Size(
						max = FQDN_MAX) @Pattern(regexp = REGISTRAR) String sba,
		@Parameter(description = "certificate provisioning port (sub-option 4), digits only",
				schema = @Schema(type = "integer", minimum = "1", maximum = "65535",
						defaultValue = "443")) @Min(1) @Max(65535) @Pattern(regexp = DIGITS) String port,
		@Parameter(
				description = "certificate provisioning path (sub-option 5): starts with /, URL path"
						+ " characters only",
				schema = @Schema(defaultValue = "/CertProv/CertProvisioningService.svc", maxLength = PATH_MAX,
						pattern = PATH)) @Size(max = PATH_MAX) @Pattern(regexp = PATH) String path,
		@Parameter(description = "option 43 sub-option 2", schema = @Schema(allowableValues = {
				"https", "http" }, defaultValue = "https")) @Pattern(regexp = "https|http") String scheme,
		@Parameter(
				description = "IPv4 network for scope / subnet / pool level output, host bits zero;"
						+ " default: server level; empty with sites",
				example = "10.10.20.0/24") @Size(max = CIDR_MAX) @Pattern(regexp = CIDR) String scope,
		@Parameter(description = "time servers for option 42: up to 8 IPv4 addresses, comma separated") @Size(
				max = NTP_MAX) @Pattern(regexp = NTP) String ntp,
		@Parameter(description = "voice VLAN for vendor class CPE-OCPHONE, sub-option 10 (experimental)",
				schema = @Schema(type = "integer", minimum = "1", maximum = "4094")) @Min(1) @Max(4094) @Pattern(
						regexp = DIGITS) String vlan,
		@Parameter(
				description = "short name of the site, in every object name that could collide and in the file"
						+ " name; default: the first label of sba, else the scope's network with dots as hyphens"
						+ " (10-20-30-0), else none; empty with sites",
				example = "berlin") @Size(max = SiteName.MAX_LENGTH) @Pattern(regexp = SITE_NAME) String site,
		@Parameter(description = "many sites in one output, one line per site: name,scope[,sba] (newline"
				+ " separated, %0A in a URL); at most " + SiteLines.MAX_SITES + " lines, names unique, scopes"
				+ " distinct and not overlapping, sba one FQDN or one IPv4 address (none: option 120 follows the"
				+ " central rule); errors name the line",
				example = "berlin,10.20.30.0/24,sba-berlin.contoso.com") @Size(
						max = SiteLines.MAX_LENGTH) String sites){

	private static final RecordComponent[] COMPONENTS = ProvisioningQuery.class.getRecordComponents();

	private static final Constructor<ProvisioningQuery> CANONICAL = canonical();

	/** 253 characters and the one trailing dot that is accepted and dropped. */
	static final int FQDN_MAX = 254;

	/**
	 * Two or more labels of 1–63 letters, digits and hyphens, not starting or ending with
	 * a hyphen, the last not all digits, at most 253 characters.
	 */
	static final String FQDN_BODY = "(?=.{1,253}\\.?$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
			+ "(?![0-9]+\\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?";

	static final String FQDN = "^" + FQDN_BODY + "$";

	static final String ADDRESSES = "[0-9]{1,3}(\\.[0-9]{1,3}){3}( *, *[0-9]{1,3}(\\.[0-9]{1,3}){3}){0,7}";

	/** An FQDN (option 120 encoding 0) or one to eight IPv4 addresses (encoding 1). */
	static final String REGISTRAR = "^(?:" + ADDRESSES + "|" + FQDN_BODY + ")$";

	static final String SITE_NAME = "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";

	static final String DIGITS = "^[0-9]{1,5}$";

	static final int PATH_MAX = 128;

	static final String PATH = "^/[A-Za-z0-9._~!$&()*+,=:@%/-]*$";

	static final int CIDR_MAX = 18;

	static final String CIDR = "^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$";

	/** Eight addresses of 15 characters, seven commas and a space after each. */
	static final int NTP_MAX = 8 * 15 + 7 * 2;

	static final String NTP = "^" + ADDRESSES + "$";

	/**
	 * Name to value of the inputs given, for the one parser all routes share: each
	 * component is named after its contract input, so a new input is one more component.
	 */
	Map<String, String> given() {
		Map<String, String> given = new LinkedHashMap<>();
		for (RecordComponent component : COMPONENTS) {
			Object value = value(component);
			if (value != null) {
				given.put(component.getName(), value.toString());
			}
		}
		return given;
	}

	/**
	 * The query from a request's parameters. Spring's own binding of a record reads the
	 * constructor's parameter annotations (these long OpenAPI ones) again on every
	 * request: 10 ms each, measured with bench/run.sh.
	 */
	static ProvisioningQuery from(UnaryOperator<String> parameter) {
		Object[] values = Arrays.stream(COMPONENTS).map((component) -> parameter.apply(component.getName())).toArray();
		try {
			return CANONICAL.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Object value(RecordComponent component) {
		try {
			return component.getAccessor().invoke(this);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Constructor<ProvisioningQuery> canonical() {
		try {
			return ProvisioningQuery.class.getDeclaredConstructor(
					Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
