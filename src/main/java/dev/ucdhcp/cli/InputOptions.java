package dev.ucdhcp.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The web's inputs, defined once for every command that takes them
 * ({@code @Mixin InputOptions inputs;}): one flag per form field, named like the field
 * ({@link ProvisioningInputs#NAMES}), or all of them as one {@code --permalink} copied
 * from the page. The values stay raw until {@link #provisioning()}, which applies exactly
 * the web's rules ({@link ProvisioningInputs#parse}) and names the flag of each error.
 */
public final class InputOptions implements Cli.Checked {

	static final String PERMALINK = "--permalink";

	@Option(names = "--pool", paramLabel = "FQDN", description = "Front End pool FQDN (or IPv4 addresses, then"
			+ " give --web); option 120 goes here unless --director or --sba is given")
	private String pool;

	@Option(names = "--web", paramLabel = "FQDN",
			description = "internal web services FQDN in option 43 (default: --pool)")
	private String web;

	@Option(names = "--director", paramLabel = "FQDN", description = "Director pool FQDN: option 120 goes here")
	private String director;

	@Option(names = "--sba", paramLabel = "FQDN",
			description = "Survivable Branch Appliance FQDN (or address): option 120 goes here")
	private String sba;

	@Option(names = "--port", paramLabel = "N", description = "certificate provisioning port (default 443)")
	private String port;

	@Option(names = "--path", paramLabel = "/PATH",
			description = "certificate provisioning path (default /CertProv/CertProvisioningService.svc)")
	private String path;

	@Option(names = "--scheme", paramLabel = "https|http", description = "option 43 sub-option 2 (default https)")
	private String scheme;

	@Option(names = "--scope", paramLabel = "CIDR", description = "the phones' IPv4 network, e.g. 10.10.20.0/24")
	private String scope;

	@Option(names = "--ntp", paramLabel = "IP[,IP...]", description = "up to 8 time servers for option 42")
	private String ntp;

	@Option(names = "--vlan", paramLabel = "ID",
			description = "voice VLAN 1-4094 for vendor class CPE-OCPHONE (experimental)")
	private String vlan;

	@Option(names = "--site", paramLabel = "NAME",
			description = "short name of the site: 1-20 of a-z 0-9 -, in every name the output creates")
	private String site;

	@Option(names = "--sites", paramLabel = "LINES", description = "many sites: one name,scope[,sba] per line,"
			+ " e.g. --sites \"$(cat sites.csv)\"; then no --site, --scope or --sba")
	private String sites;

	@Option(names = PERMALINK, paramLabel = "URL", description = "all inputs at once: the page's permalink,"
			+ " whole or from \"?\" on (instead of the flags above)")
	private String permalink;

	@Spec(Spec.Target.MIXEE)
	private CommandSpec command;

	/**
	 * Flags and a permalink together, or a permalink that cannot be read, are usage
	 * errors.
	 */
	@Override
	public void check() {
		raw();
	}

	/** True when any input is given, as flags or as a permalink. */
	public boolean given() {
		return this.permalink != null || !flags().isEmpty();
	}

	/**
	 * Input name to raw value, in the web's vocabulary.
	 * @throws ParameterException when both flags and a permalink are given, or the
	 * permalink cannot be read
	 */
	public Map<String, String> raw() {
		Map<String, String> flags = flags();
		if (this.permalink == null) {
			return flags;
		}
		if (!flags.isEmpty()) {
			throw new ParameterException(this.command.commandLine(), "give the inputs either as " + PERMALINK
					+ " or as flags such as --" + flags.keySet().iterator().next() + ", not both");
		}
		try {
			return PermalinkInputs.of(this.permalink);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValues(this.command.commandLine(), List.of(ex.getMessage()));
		}
	}

	/**
	 * The inputs under the web's rules.
	 * @throws InvalidValues naming the flag of every invalid input, and the line of every
	 * invalid {@code --sites} line
	 */
	public PhoneProvisioning provisioning() {
		ProvisioningInputs.Parsed parsed = ProvisioningInputs.parse(raw());
		if (!parsed.valid()) {
			throw new InvalidValues(this.command.commandLine(), errors(parsed));
		}
		return parsed.provisioning().orElseThrow();
	}

	/**
	 * One line per field; for {@code sites} one per wrong line instead of their summary.
	 */
	static List<String> errors(ProvisioningInputs.Parsed parsed) {
		List<String> lines = new ArrayList<>();
		parsed.fieldErrors()
			.entrySet()
			.stream()
			.filter((error) -> parsed.siteErrors().isEmpty() || !ProvisioningInputs.SITES.equals(error.getKey()))
			.forEach((error) -> lines.add("--" + error.getKey() + ": " + error.getValue()));
		parsed.siteErrors().forEach((error) -> lines.add("--" + ProvisioningInputs.SITES + ": " + error.located()));
		return lines;
	}

	/**
	 * The flags given, read through picocli's model so that the names come from one list.
	 */
	private Map<String, String> flags() {
		Map<String, String> flags = new LinkedHashMap<>();
		for (String name : ProvisioningInputs.NAMES) {
			String value = this.command.findOption("--" + name).getValue();
			if (value != null) {
				flags.put(name, value);
			}
		}
		return flags;
	}

}
