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
import dev.ucdhcp.web.http.Routes;
import dev.ucdhcp.web.prerender.HtmlText;

/**
 * Everything the result part of the page shows, computed once in Java so the template
 * holds markup only.
 * <p>
 * Numbers the page prints are held as the text it prints, and every choice the template
 * makes is a flag or a list here, never a test of a text beyond its emptiness: the result
 * part is then written from a skeleton with the texts filled in
 * ({@code prerender.ResultSkeletons}), one skeleton per shape, whatever the names typed.
 */
public record ResultView(String option120Hex, String option120Length, List<ByteRow> option120Rows, String option43Hex,
		String option43Length, List<ByteRow> option43Rows, List<BudgetRow> budgets, String webFqdnBudget,
		String webServicesFqdn, String webFqdnLength, String registrarFqdn, String provisioningUrl, String vlanHex,
		String ntpHex, List<WarningView> warningViews, String vendor, String vendorName, boolean applies, String config,
		String fileName, String downloadHref, String permalink, String recordHref, String pool, String fileLinkBase,
		String probeCommand, String applyCommand, String responderCommand) {

	/**
	 * One piece of an option value.
	 *
	 * @param code the sub-option code, or "" for option 120's parts
	 * @param name what the piece is
	 * @param hex its bytes as they go on the wire, code and length included
	 * @param text the value as text
	 * @param length the value's length in bytes
	 */
	public record ByteRow(String code, String name, String hex, String text, String length) {
	}

	/** How one option fits the limits of the platforms that mangle long values. */
	public record BudgetRow(String option, String bytes, String hexDigits, boolean fitsCisco, String ciscoDigitsOver,
			boolean fitsDhcp) {
	}

	/** The one server whose running config the {@code apply} command changes. */
	private static final String APPLIES = "kea";

	/** The config as the body of its {@code <pre>}: escaped once, written whole. */
	public String configHtml() {
		return HtmlText.escape(this.config);
	}

	public static ResultView of(PhoneProvisioning provisioning, Target target, Permalinks permalinks) {
		byte[] option120 = provisioning.option120().bytes();
		Option43 option43 = provisioning.option43();
		byte[] option43Bytes = option43.bytes();
		String query = permalinks.query(provisioning, target.id());
		List<Warning> warnings = target.warnings(provisioning);
		String webServicesFqdn = provisioning.webServicesFqdn().value();
		String page = permalinks.page(provisioning, target.id());
		boolean applies = APPLIES.equals(target.id());
		return new ResultView(HexStyle.CANONICAL.format(option120), text(option120.length),
				option120Rows(provisioning.option120()), HexStyle.CANONICAL.format(option43Bytes),
				text(option43Bytes.length), option43Rows(option43),
				List.of(budget("120", option120), budget("43", option43Bytes)),
				text(LengthBudget.webFqdnBudget(option43, provisioning.webServicesFqdn(), PlatformLimit.CISCO_IOS_HEX)),
				webServicesFqdn, text(webServicesFqdn.length()), provisioning.registrar().text(),
				provisioning.provisioningUrl(),
				provisioning.vlanOption43().map((vlan) -> HexStyle.CANONICAL.format(vlan.bytes())).orElse(""),
				provisioning.ntp().map((ntp) -> HexStyle.CANONICAL.format(ntp.bytes())).orElse(""),
				warnings.stream().map(WarningView::of).toList(), target.id(), target.displayName(), applies,
				target.render(provisioning, warnings, (shown) -> permalinks.absolute(shown, target.id())),
				target.fileName(provisioning), Routes.DOWNLOAD + target.id() + "?" + query, "/?" + query,
				Routes.RECORD + "?" + query, provisioning.pool().text(), permalinks.baseUrl(),
				CheckCommands.probe(provisioning), applies ? CheckCommands.apply(page) : "",
				CheckCommands.responder(page));
	}

	/**
	 * The one line the page's status region announces after an update, e.g. "Kea DHCPv4
	 * 2.2+ config updated: option 43 85 bytes, option 120 21 bytes, no warnings".
	 */
	public String statusLine() {
		int count = this.warningViews.size();
		return this.vendorName + " config updated: option 43 " + this.option43Length + " bytes, option 120 "
				+ this.option120Length + " bytes, "
				+ (count == 0 ? "no warnings" : count + (count == 1 ? " warning" : " warnings"));
	}

	/**
	 * The page title that says the state, so tabs and history entries tell results apart.
	 */
	public String title() {
		return this.pool + " · " + this.vendorName + " · ucdhcp";
	}

	/** The byte tables start unfolded when a value does not fit a platform. */
	public boolean explainOpen() {
		return this.budgets.stream().anyMatch((row) -> !row.fitsCisco() || !row.fitsDhcp());
	}

	private static String text(int number) {
		return Integer.toString(number);
	}

	private static List<ByteRow> option120Rows(Option120 option120) {
		return option120.parts()
			.stream()
			.map((part) -> new ByteRow("", part.name(), HexStyle.SPACED.format(part.bytes()), part.text(),
					text(part.length())))
			.toList();
	}

	private static List<ByteRow> option43Rows(Option43 option43) {
		return option43.subOptions()
			.stream()
			.map((SubOption subOption) -> new ByteRow(Integer.toString(subOption.code()), subOption.name(),
					HexStyle.SPACED.format(subOption.tlv()), subOption.text(), text(subOption.value().length)))
			.toList();
	}

	private static BudgetRow budget(String option, byte[] value) {
		LengthBudget budget = LengthBudget.of(value);
		return new BudgetRow(option, text(budget.bytes()), text(budget.hexDigits()),
				!budget.crosses(PlatformLimit.CISCO_IOS_HEX), text(budget.hexDigitsOver(PlatformLimit.CISCO_IOS_HEX)),
				!budget.crosses(PlatformLimit.DHCP_OPTION));
	}

}
