package dev.ucdhcp.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * What an administrator attaches to a change ticket: the inputs with their resolved
 * defaults, the warnings in plain words, the whole config, how to undo it and how to
 * check it on the wire. Printed in full.
 *
 * @param result the same result the page shows
 * @param inputs every input, typed or resolved
 * @param rollback how to undo the change, from the config's own header
 * @param sites with {@code sites}, each site's own option 120 and page; empty otherwise
 * @param probeCommand the probe run that shows what a phone gets, one line per site
 * @param expectation what the probe and a capture must show
 * @param absolutePermalink the permalink with the configured base URL
 * @param version the product version
 * @param generated when this record was made, UTC
 */
public record ChangeRecordView(ResultView result, List<Input> inputs, List<SiteCheck> sites, String rollback,
		String probeCommand, String expectation, String absolutePermalink, String version, String generated) {

	/** Wireshark's display filter for the vendor-specific option a phone receives. */
	public static final String WIRESHARK_FILTER = "dhcp.option.type == 43";

	private static final Pattern LINES = Pattern.compile("\\R");

	/** One input: what it is set to, and whether that is the default. */
	public record Input(String name, String value, boolean byDefault) {
	}

	/**
	 * One site of many: where its phones are, what their option 120 must name, and its
	 * own page.
	 */
	public record SiteCheck(String name, String scope, String registrar, String option120Hex, String permalink) {
	}

	/** The rollback text with its commands marked, as the warnings show them. */
	public List<WarningView.Part> rollbackParts() {
		return WarningView.parts(this.rollback);
	}

	public String wiresharkFilter() {
		return WIRESHARK_FILTER;
	}

	static ChangeRecordView of(PhoneProvisioning provisioning, ResultView result, Permalinks permalinks, String version,
			String generated) {
		List<SiteCheck> sites = provisioning.perSite()
			.stream()
			.map((site) -> new SiteCheck(site.site().orElseThrow().toString(), site.scope().orElseThrow().toString(),
					site.registrar().text(), HexStyle.CANONICAL.format(site.option120().bytes()),
					permalinks.page(site, result.vendor())))
			.toList();
		String registrar = sites.isEmpty() ? "option 120 names " + result.registrarFqdn()
				: "option 120 names each site's own registrar as listed under Sites (a branch with an SBA gets its SBA)";
		return new ChangeRecordView(result, inputs(provisioning), sites, rollback(result.config()),
				CheckCommands.probe(provisioning),
				registrar + " and option 43 sends the phone to " + result.provisioningUrl()
						+ ", with the bytes shown above",
				permalinks.page(provisioning, result.vendor()), version, generated);
	}

	private static List<Input> inputs(PhoneProvisioning p) {
		List<Input> inputs = new ArrayList<>();
		inputs.add(new Input("pool", p.pool().text(), false));
		inputs.add(p.web()
			.map((web) -> new Input("web", web.value(), false))
			.orElse(new Input("web", p.pool().text() + " (same as the pool)", true)));
		inputs.add(p.director().map((d) -> new Input("director", d.text(), false)).orElse(none("director")));
		boolean many = !p.sites().isEmpty();
		inputs.add(many ? perSite("sba") : p.sba().map((s) -> new Input("sba", s.text(), false)).orElse(none("sba")));
		Map<String, String> query = ProvisioningInputs.queryParameters(p);
		inputs.add(new Input("port", p.port().toString(), !query.containsKey(ProvisioningInputs.PORT)));
		inputs.add(new Input("path", p.path().toString(), !query.containsKey(ProvisioningInputs.PATH)));
		inputs.add(new Input("scheme", p.scheme().text(), !query.containsKey(ProvisioningInputs.SCHEME)));
		inputs.add(many ? perSite("scope")
				: p.scope()
					.map((s) -> new Input("scope", s.toString(), false))
					.orElse(new Input("scope", "server level", true)));
		if (many) {
			inputs.add(new Input("sites", p.sites().size() + " sites, listed under Sites", false));
		}
		else {
			p.site()
				.ifPresent((site) -> inputs
					.add(new Input("site", site.toString(), !query.containsKey(ProvisioningInputs.SITE))));
		}
		inputs.add(p.ntp().isPresent() ? new Input("ntp", query.get(ProvisioningInputs.NTP), false) : none("ntp"));
		inputs.add(p.vlan().map((v) -> new Input("vlan", v.toString(), false)).orElse(none("vlan")));
		return List.copyOf(inputs);
	}

	private static Input perSite(String name) {
		return new Input(name, "per site, listed under Sites", false);
	}

	private static Input none(String name) {
		return new Input(name, "not set", true);
	}

	/**
	 * The Rollback paragraph of the config's comment block, without the comment prefix;
	 * "" when the config has none.
	 */
	static String rollback(String config) {
		String[] lines = LINES.split(config);
		for (int i = 0; i < lines.length; i++) {
			int at = lines[i].indexOf("Rollback:");
			if (at < 0) {
				continue;
			}
			String prefix = lines[i].substring(0, at);
			StringBuilder text = new StringBuilder();
			for (int j = i + 1; j < lines.length && lines[j].startsWith(prefix); j++) {
				String line = lines[j].substring(prefix.length()).strip();
				if (line.isEmpty()) {
					break;
				}
				text.append(text.isEmpty() ? "" : " ").append(line);
			}
			return text.toString();
		}
		return "";
	}

}
