package dev.ucdhcp.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.CertProvPath;
import dev.ucdhcp.encoding.DecodedOption;
import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Permalink;
import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * What the decoder page and API show about a pasted value.
 *
 * @param code 43 or 120 as recognised, 0 when unknown
 * @param header whether the paste began with the option's own code and length
 * @param valid whether a phone could use the value as it is
 * @param hex the value in canonical hex, header excluded
 * @param length the value's length in bytes
 * @param registrar option 120's first name, "" when none
 * @param provisioningUrl the URL option 43 sends the phone to, "" when incomplete
 * @param spans every pasted byte explained
 * @param findings what is wrong or worth knowing, errors first
 * @param heading the verdict in a few words: what is cut off or wrong, or that it looks
 * right
 * @param rebuildHref the builder prefilled with what the value still names, "" unless the
 * value was cut off
 */
public record DecodeView(int code, boolean header, boolean valid, String hex, int length, String registrar,
		String provisioningUrl, List<SpanView> spans, List<FindingView> findings, String heading, String rebuildHref) {

	/** A run of pasted bytes and what they mean. */
	public record SpanView(int offset, String hex, String role, String meaning) {
	}

	/** One finding; severity is error, warning or info. */
	public record FindingView(String severity, String message) {
	}

	public static DecodeView of(DecodedOption decoded) {
		return of(decoded, "");
	}

	/**
	 * The view of a pasted value; the paste's own spelling names the server it came from
	 * (Cisco's dotted groups), which the rebuild keeps.
	 */
	public static DecodeView of(DecodedOption decoded, String pasted) {
		Optional<DecodedOption.Span> cut = decoded.spans()
			.stream()
			.filter((span) -> span.meaning().startsWith("cut off"))
			.findFirst();
		return of(decoded, heading(decoded, cut), cut.isPresent() ? rebuildHref(decoded, pasted) : "");
	}

	private static DecodeView of(DecodedOption decoded, String heading, String rebuildHref) {
		byte[] value = decoded.value();
		return new DecodeView(decoded.code(), decoded.header(), decoded.valid(), HexStyle.CANONICAL.format(value),
				value.length, decoded.registrar().orElse(""), decoded.provisioningUrl().orElse(""),
				decoded.spans()
					.stream()
					.map((span) -> new SpanView(span.offset(), span.hex(), span.role(), span.meaning()))
					.toList(),
				decoded.findings()
					.stream()
					.map((finding) -> new FindingView(finding.severity().name().toLowerCase(Locale.ROOT),
							finding.message()))
					.toList(),
				heading, rebuildHref);
	}

	private static String heading(DecodedOption decoded, Optional<DecodedOption.Span> cut) {
		String option = (decoded.code() == 0) ? "This value" : "Option " + decoded.code();
		if (decoded.valid()) {
			return (decoded.code() == 0) ? "Readable" : option + ": looks right";
		}
		if (cut.isPresent()) {
			String role = cut.get().role();
			String where = role.startsWith("sub-option") ? " in " + role.replace(" · ", " (") + ")" : " in a " + role;
			return option + " is cut off" + where;
		}
		int errors = decoded.errors().size();
		return option + " has " + errors + (errors == 1 ? " problem" : " problems");
	}

	/**
	 * The builder with the names and values the cut value still carries complete: option
	 * 43's web services FQDN as {@code web} (the pool is often another name, so its field
	 * stays empty and gets the focus), option 120's registrar as the pool, port, path and
	 * scheme when they differ from the defaults, and the server the paste came from.
	 */
	private static String rebuildHref(DecodedOption decoded, String pasted) {
		Map<String, String> query = new LinkedHashMap<>();
		decoded.registrar().ifPresent((registrar) -> query.put(ProvisioningInputs.POOL, registrar));
		decoded.subOptionText(3).ifPresent((web) -> query.put(ProvisioningInputs.WEB, web));
		decoded.subOptionText(4)
			.filter((port) -> !"443".equals(port))
			.ifPresent((port) -> query.put(ProvisioningInputs.PORT, port));
		decoded.subOptionText(5)
			.filter((path) -> !CertProvPath.DEFAULT.value().equals(path))
			.ifPresent((path) -> query.put(ProvisioningInputs.PATH, path));
		decoded.subOptionText(2)
			.filter((scheme) -> !"https".equals(scheme))
			.ifPresent((scheme) -> query.put(ProvisioningInputs.SCHEME, scheme));
		String href = Permalink.of(query, PastedVendor.of(pasted)).relative();
		return query.containsKey(ProvisioningInputs.POOL) ? href : href + "#f-pool";
	}

}
