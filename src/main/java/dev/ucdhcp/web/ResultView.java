package dev.ucdhcp.web;

import java.util.List;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.LengthBudget;
import dev.ucdhcp.encoding.Option120;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.PlatformLimit;
import dev.ucdhcp.encoding.SubOption;
import dev.ucdhcp.encoding.Warning;
import dev.ucdhcp.vendors.Target;

/**
 * Everything the result part of the page shows, computed once in Java so the template
 * holds markup only.
 */
public record ResultView(String option120Hex, int option120Length, List<ByteRow> option120Rows, String option43Hex,
		int option43Length, List<ByteRow> option43Rows, List<BudgetRow> budgets, int webFqdnBudget,
		String webServicesFqdn, String registrarFqdn, String provisioningUrl, String vlanHex, String ntpHex,
		List<Warning> warnings, String vendor, String vendorName, String config, String fileName, String downloadHref,
		String permalink) {

	/**
	 * One piece of an option value.
	 *
	 * @param code the sub-option code, or "" for option 120's parts
	 * @param name what the piece is
	 * @param hex its bytes as they go on the wire, code and length included
	 * @param text the value as text
	 * @param length the value's length in bytes
	 */
	public record ByteRow(String code, String name, String hex, String text, int length) {
	}

	/** How one option fits the limits of the platforms that mangle long values. */
	public record BudgetRow(String option, int bytes, int hexDigits, boolean fitsCisco, int ciscoDigitsOver,
			boolean fitsDhcp) {
	}

	public static ResultView of(PhoneProvisioning provisioning, Target target, Permalinks permalinks) {
		byte[] option120 = provisioning.option120().bytes();
		Option43 option43 = provisioning.option43();
		byte[] option43Bytes = option43.bytes();
		String query = permalinks.query(provisioning, target.id());
		return new ResultView(HexStyle.CANONICAL.format(option120), option120.length,
				option120Rows(provisioning.option120()), HexStyle.CANONICAL.format(option43Bytes), option43Bytes.length,
				option43Rows(option43), List.of(budget("120", option120), budget("43", option43Bytes)),
				LengthBudget.webFqdnBudget(option43, provisioning.webServicesFqdn(), PlatformLimit.CISCO_IOS_HEX),
				provisioning.webServicesFqdn().value(), provisioning.registrar().text(), provisioning.provisioningUrl(),
				provisioning.vlanOption43().map((vlan) -> HexStyle.CANONICAL.format(vlan.bytes())).orElse(""),
				provisioning.ntp().map((ntp) -> HexStyle.CANONICAL.format(ntp.bytes())).orElse(""),
				target.warnings(provisioning), target.id(), target.displayName(),
				target.render(provisioning, (shown) -> permalinks.absolute(shown, target.id())),
				target.fileName(provisioning), "/download/" + target.id() + "?" + query, "/?" + query);
	}

	private static List<ByteRow> option120Rows(Option120 option120) {
		return option120.parts()
			.stream()
			.map((part) -> new ByteRow("", part.name(), HexStyle.SPACED.format(part.bytes()), part.text(),
					part.length()))
			.toList();
	}

	private static List<ByteRow> option43Rows(Option43 option43) {
		return option43.subOptions()
			.stream()
			.map((SubOption subOption) -> new ByteRow(Integer.toString(subOption.code()), subOption.name(),
					HexStyle.SPACED.format(subOption.tlv()), subOption.text(), subOption.value().length))
			.toList();
	}

	private static BudgetRow budget(String option, byte[] value) {
		LengthBudget budget = LengthBudget.of(value);
		return new BudgetRow(option, budget.bytes(), budget.hexDigits(), !budget.crosses(PlatformLimit.CISCO_IOS_HEX),
				budget.hexDigitsOver(PlatformLimit.CISCO_IOS_HEX), !budget.crosses(PlatformLimit.DHCP_OPTION));
	}

}
