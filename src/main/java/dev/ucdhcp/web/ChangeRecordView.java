package dev.ucdhcp.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
 * @param probeCommand the probe run that shows what a phone gets
 * @param expectation what the probe and a capture must show
 * @param absolutePermalink the permalink with the configured base URL
 * @param version the product version
 * @param generated when this record was made, UTC
 */
public record ChangeRecordView(ResultView result, List<Input> inputs, String rollback, String probeCommand,
		String expectation, String absolutePermalink, String version, String generated) {

	/** Wireshark's display filter for the vendor-specific option a phone receives. */
	public static final String WIRESHARK_FILTER = "dhcp.option.type == 43";

	private static final Pattern LINES = Pattern.compile("\\R");

	/** One input: what it is set to, and whether that is the default. */
	public record Input(String name, String value, boolean byDefault) {
	}

	/** The rollback text with its commands marked, as the warnings show them. */
	public List<WarningView.Part> rollbackParts() {
		return WarningView.parts(this.rollback);
	}

	public String wiresharkFilter() {
		return WIRESHARK_FILTER;
	}

	static ChangeRecordView of(PhoneProvisioning provisioning, ResultView result, String absolutePermalink,
			String version, String generated) {
		return new ChangeRecordView(result, inputs(provisioning), rollback(result.config()),
				"sudo java -jar ucdhcp.jar probe --interface IF --inform --server DHCP_SERVER_IP",
				"option 120 names " + result.registrarFqdn() + " and option 43 sends the phone to "
						+ result.provisioningUrl() + ", with the bytes shown above",
				absolutePermalink, version, generated);
	}

	private static List<Input> inputs(PhoneProvisioning p) {
		List<Input> inputs = new ArrayList<>();
		inputs.add(new Input("pool", p.pool().text(), false));
		inputs.add(p.web()
			.map((web) -> new Input("web", web.value(), false))
			.orElse(new Input("web", p.pool().text() + " (same as the pool)", true)));
		inputs.add(p.director().map((d) -> new Input("director", d.text(), false)).orElse(none("director")));
		inputs.add(p.sba().map((s) -> new Input("sba", s.text(), false)).orElse(none("sba")));
		Map<String, String> query = ProvisioningInputs.queryParameters(p);
		inputs.add(new Input("port", p.port().toString(), !query.containsKey(ProvisioningInputs.PORT)));
		inputs.add(new Input("path", p.path().toString(), !query.containsKey(ProvisioningInputs.PATH)));
		inputs.add(new Input("scheme", p.scheme().text(), !query.containsKey(ProvisioningInputs.SCHEME)));
		inputs.add(p.scope()
			.map((s) -> new Input("scope", s.toString(), false))
			.orElse(new Input("scope", "server level", true)));
		inputs.add(p.ntp().isPresent() ? new Input("ntp", query.get(ProvisioningInputs.NTP), false) : none("ntp"));
		inputs.add(p.vlan().map((v) -> new Input("vlan", v.toString(), false)).orElse(none("vlan")));
		return List.copyOf(inputs);
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
