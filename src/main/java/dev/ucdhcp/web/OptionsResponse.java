package dev.ucdhcp.web;

import java.util.List;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.SubOption;
import dev.ucdhcp.encoding.Warning;
import dev.ucdhcp.encoding.WarningCode;

/**
 * The JSON of {@code GET /api/v1/options}: both option values in canonical hex (upper
 * case, no separators) with their length in bytes, and the warnings.
 */
public record OptionsResponse(Option120Json option120, Option43Json option43, List<WarningJson> warnings,
		List<SiteJson> sites) {

	/** Option 120 (SIP servers, RFC 3361). */
	public record Option120Json(String hex, int length) {
	}

	/** Option 43 for vendor class MS-UC-Client. */
	public record Option43Json(String hex, int length, List<SubOptionJson> subOptions) {
	}

	/** One sub-option: hex is its value bytes, text the same as ASCII. */
	public record SubOptionJson(int code, String name, String hex, String text) {
	}

	/**
	 * One line of {@code sites}: the site's own option 120 (its SBA, else the central
	 * registrar); option 43 stays the central one above.
	 */
	public record SiteJson(String name, String scope, Option120Json option120) {
	}

	/** code is a stable identifier, e.g. CISCO_HEX_LIMIT; message is plain words. */
	public record WarningJson(WarningCode code, String message) {
	}

	public static OptionsResponse of(PhoneProvisioning provisioning, List<Warning> warnings) {
		byte[] option120 = provisioning.option120().bytes();
		Option43 option43 = provisioning.option43();
		byte[] option43Bytes = option43.bytes();
		return new OptionsResponse(new Option120Json(HexStyle.CANONICAL.format(option120), option120.length),
				new Option43Json(HexStyle.CANONICAL.format(option43Bytes), option43Bytes.length,
						option43.subOptions()
							.stream()
							.map((SubOption subOption) -> new SubOptionJson(subOption.code(), subOption.name(),
									HexStyle.CANONICAL.format(subOption.value()), subOption.text()))
							.toList()),
				warnings.stream().map((warning) -> new WarningJson(warning.code(), warning.message())).toList(),
				provisioning.perSite().stream().map(OptionsResponse::site).toList());
	}

	private static SiteJson site(PhoneProvisioning site) {
		byte[] option120 = site.option120().bytes();
		return new SiteJson(site.site().map(Object::toString).orElse(""), site.scope().map(Object::toString).orElse(""),
				new Option120Json(HexStyle.CANONICAL.format(option120), option120.length));
	}

}
