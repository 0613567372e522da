package dev.ucdhcp.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.encoding.SiteLineError;
import dev.ucdhcp.encoding.SiteLines;
import dev.ucdhcp.encoding.SiteName;
import dev.ucdhcp.vendors.Target;
import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.prerender.Form;

/**
 * The form as an administrator thinks of it: topology first, then web services, then the
 * advanced values folded away with their defaults shown.
 *
 * @param topology which topology radio is checked: pool, director or sba
 * @param topologyFields pool, Director and SBA
 * @param webFields the web services FQDN
 * @param advancedFields port, path, scheme, scope, NTP, VLAN
 * @param advancedOpen whether the advanced part starts unfolded (a value or error in it)
 * @param vendors the DHCP servers to choose from
 * @param vendorError the message for an unknown vendor, "" when fine
 * @param sites the site name and the many-sites list
 */
public record FormView(String topology, List<FieldView> topologyFields, List<FieldView> webFields,
		List<FieldView> advancedFields, boolean advancedOpen, List<VendorChoice> vendors, String vendorError,
		SitesForm sites) implements Form {

	/** One DHCP server in the vendor tabs. */
	public record VendorChoice(String id, String name, boolean checked) {

		public String inputId() {
			return "v-" + this.id;
		}

	}

	/**
	 * What index.html and the htmx swap decide from the form around its parts: the
	 * checked topology, Advanced unfolded, the server's error line and the sites lines'
	 * errors (both empty beside a result).
	 */
	@Override
	public List<Object> pageChoices() {
		return List.of(this.topology, this.advancedOpen, this.vendorError, this.sites.lineErrors());
	}

	/** Every field, for the out-of-band error messages htmx swaps in. */
	@Override
	public List<FieldView> fields() {
		List<FieldView> all = new ArrayList<>(this.topologyFields);
		all.addAll(this.webFields);
		all.addAll(this.advancedFields);
		all.add(this.sites.site());
		all.add(this.sites.sites());
		return all;
	}

	/**
	 * The Advanced summary, from the values: what the folded fields hold, or their
	 * defaults.
	 */
	public String advancedSummary() {
		List<String> parts = new ArrayList<>();
		for (FieldView field : this.advancedFields) {
			String value = field.value().strip();
			parts.add(switch (field.name()) {
				case ProvisioningInputs.PORT -> "port " + (value.isEmpty() ? "443" : value);
				case ProvisioningInputs.PATH -> value.isEmpty() ? "default path" : "path " + value;
				case ProvisioningInputs.SCHEME -> field.selected();
				case ProvisioningInputs.SCOPE -> value.isEmpty() ? "server level" : "scope " + value;
				case ProvisioningInputs.NTP -> value.isEmpty() ? "no NTP" : "NTP " + value;
				case ProvisioningInputs.VLAN -> value.isEmpty() ? "no VLAN" : "VLAN " + value;
				default -> field.label() + " " + value;
			});
		}
		return String.join(", ", parts);
	}

	/** How many inputs stop the config, for the title and the banner. */
	public int invalidCount() {
		return (int) fields().stream().filter(FieldView::invalid).count() + (this.vendorError.isEmpty() ? 0 : 1);
	}

	/** The labels of the fields to fix, in form order, for the one-line banner. */
	public String invalidLabels() {
		List<String> labels = new ArrayList<>(
				fields().stream().filter(FieldView::invalid).map(FieldView::label).toList());
		if (!this.vendorError.isEmpty()) {
			labels.add("DHCP server");
		}
		return String.join(", ", labels);
	}

	/** The page title for a form that cannot give a config yet. */
	public String fixTitle() {
		int count = invalidCount();
		return count + (count == 1 ? " field" : " fields") + " to fix · ucdhcp";
	}

	public static FormView of(Submission submission, TargetRegistry targets) {
		Map<String, String> errors = submission.submitted() ? submission.errors() : Map.of();
		Fields fields = new Fields(submission.typed(), errors);
		List<FieldView> advanced = List.of(
				fields.text(ProvisioningInputs.PORT, "Port",
						"Certificate provisioning port (sub-option 4). 443 unless your internal web services"
								+ " listen elsewhere: Topology Builder, pool, Web services, internal HTTPS port.",
						"443", "numeric"),
				fields.text(ProvisioningInputs.PATH, "Path",
						"Certificate provisioning path (sub-option 5). Leave the default unless Microsoft"
								+ " support told you otherwise.",
						"/CertProv/CertProvisioningService.svc", "url"),
				fields.choice(ProvisioningInputs.SCHEME, "Scheme",
						"Sub-option 2. Phones fetch their certificate over https.", List.of("https", "http")),
				fields.text(ProvisioningInputs.SCOPE, "Scope",
						"The phones' IPv4 network as CIDR, e.g. 10.10.20.0/24, to set the options on that scope or"
								+ " subnet only. Empty: server level, like DHCPConfigScript.bat.",
						"server level", "text"),
				fields.text(ProvisioningInputs.NTP, "NTP servers",
						"Option 42: up to 8 IPv4 addresses, comma separated. Phones need the right time to trust"
								+ " certificates. Empty: not set.",
						"not set", "text"),
				fields
					.text(ProvisioningInputs.VLAN, "Voice VLAN (experimental)",
							"1 to 4094, for vendor class CPE-OCPHONE sub-option 10. Experimental: the encoding is"
									+ " unverified on phone hardware; LLDP-MED is the safer way.",
							"not set", "numeric"));
		boolean advancedOpen = advanced.stream().anyMatch((field) -> field.invalid() || !field.value().isBlank());
		List<VendorChoice> vendors = targets.all()
			.stream()
			.map((Target target) -> new VendorChoice(target.id(), target.displayName(),
					target.id().equals(submission.vendor())))
			.toList();
		return new FormView(topology(submission.typed()), topologyFields(fields), List.of(fields.text(
				ProvisioningInputs.WEB, "Internal web services FQDN",
				"Sub-option 3: where phones fetch their certificate. Topology Builder, pool, Web services, internal"
						+ " FQDN, or Get-CsService -WebServer. Empty: same as the pool.",
				"same as the pool", "url")), advanced, advancedOpen, vendors,
				errors.getOrDefault(Submission.VENDOR, ""), SitesForm.of(fields, submission));
	}

	private static List<FieldView> topologyFields(Fields fields) {
		return List.of(
				fields.text(ProvisioningInputs.POOL, "Front End pool FQDN",
						"Required. Topology Builder, Enterprise Edition Front End pools (or the Standard Edition"
								+ " server), or Get-CsPool in the Management Shell.",
						"lync.contoso.local", "url"),
				fields.text(ProvisioningInputs.DIRECTOR, "Director pool FQDN",
						"Only with a Director: option 120 then points to it (Microsoft: \"typically a Director\")."
								+ " Get-CsService -Director.",
						"dir.contoso.local", "url"),
				fields.text(ProvisioningInputs.SBA, "Survivable Branch Appliance FQDN",
						"Only for a branch site: option 120 points to the SBA or branch server, option 43 stays"
								+ " central. Topology Builder, Branch sites, or Get-CsPool.",
						"sba.branch.contoso.local", "url"));
	}

	private static String topology(Map<String, String> typed) {
		if (!typed.get(ProvisioningInputs.SBA).isBlank()) {
			return "sba";
		}
		return typed.get(ProvisioningInputs.DIRECTOR).isBlank() ? "pool" : "director";
	}

	private static final Set<String> NAME_FIELDS = Set.of(ProvisioningInputs.POOL, ProvisioningInputs.WEB,
			ProvisioningInputs.DIRECTOR, ProvisioningInputs.SBA);

	/**
	 * The site part of the form: one site's name, or many sites as lines (a plain
	 * textarea; app's sites.js turns it into a table).
	 *
	 * @param site the {@code site} field
	 * @param sites the {@code sites} field
	 * @param lineErrors what is wrong with each line of {@code sites}, shown at its row
	 * @param open whether the part starts unfolded (a value or error in it)
	 */
	public record SitesForm(FieldView site, FieldView sites, List<SiteLineError> lineErrors, boolean open) {

		static SitesForm of(Fields fields, Submission submission) {
			FieldView site = fields.text(ProvisioningInputs.SITE, "Site name",
					"Short name of this site (a-z, 0-9, -; up to 20) for the pool, tag, option set and file"
							+ " names, so two sites' files never overwrite each other. Empty: the SBA's first label,"
							+ " else the scope's network.",
					derivedSite(submission), "text");
			FieldView sites = fields.text(ProvisioningInputs.SITES, "Many sites, one per line",
					"name,scope[,sba] per line, e.g. berlin,10.20.30.0/24,sba.berlin.contoso.com (no SBA: option"
							+ " 120 names the Director or pool). Up to " + SiteLines.MAX_SITES + " sites; paste"
							+ " them from a spreadsheet. One file then covers all sites; leave scope, SBA and site"
							+ " name above empty.",
					"berlin,10.20.30.0/24,sba.berlin.contoso.com", "text");
			List<SiteLineError> lineErrors = submission.submitted() ? submission.siteErrors() : List.of();
			if (!lineErrors.isEmpty()) {
				// each line's message is shown at its row; the field says what that means
				sites = new FieldView(sites.name(), sites.label(), sites.help(), sites.placeholder(), sites.inputMode(),
						sites.value(), "Line " + lineErrors.get(0).line() + " and any other marked below need fixing;"
								+ " nothing is rendered until every line is right.",
						sites.choices(), "");
			}
			boolean open = !site.value().isBlank() || !sites.value().isBlank() || site.invalid() || sites.invalid();
			return new SitesForm(site, sites, lineErrors, open);
		}

		/**
		 * The name the output gets while the field is empty, as its placeholder: the
		 * SBA's site label or the scope's network when they are valid, else an example.
		 */
		private static String derivedSite(Submission submission) {
			return submission.provisioning().flatMap(PhoneProvisioning::site).map(SiteName::toString).orElse("berlin");
		}

		public int rows() {
			return Math.max(3, Math.min(12, (int) this.sites.value().lines().count() + 1));
		}

	}

	private record Fields(Map<String, String> typed, Map<String, String> errors) {

		FieldView text(String name, String label, String help, String placeholder, String inputMode) {
			String value = this.typed.get(name);
			String error = this.errors.getOrDefault(name, "");
			Optional<PastedName> pasted = (error.isEmpty() || !NAME_FIELDS.contains(name)) ? Optional.empty()
					: PastedName.recognise(value);
			return new FieldView(name, label, help, placeholder, inputMode, value,
					pasted.map(PastedName::message).orElse(error), List.of(), pasted.map(PastedName::name).orElse(""));
		}

		FieldView choice(String name, String label, String help, List<String> choices) {
			return new FieldView(name, label, help, choices.get(0), "text", this.typed.get(name),
					this.errors.getOrDefault(name, ""), choices, "");
		}

	}

}
