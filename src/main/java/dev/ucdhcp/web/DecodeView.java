package dev.ucdhcp.web;

import java.util.List;
import java.util.Locale;

import dev.ucdhcp.encoding.DecodedOption;
import dev.ucdhcp.encoding.HexStyle;

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
 */
public record DecodeView(int code, boolean header, boolean valid, String hex, int length, String registrar,
		String provisioningUrl, List<SpanView> spans, List<FindingView> findings) {

	/** A run of pasted bytes and what they mean. */
	public record SpanView(int offset, String hex, String role, String meaning) {
	}

	/** One finding; severity is error, warning or info. */
	public record FindingView(String severity, String message) {
	}

	public static DecodeView of(DecodedOption decoded) {
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
					.toList());
	}

}
