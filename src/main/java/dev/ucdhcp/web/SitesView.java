package dev.ucdhcp.web;

import java.util.List;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.PhoneProvisioning;

/**
 * The site part of a result: which site the output is for (page title, heading), and with
 * {@code sites} every site's own option 120 and permalink; the page's own URL is the
 * combined permalink.
 *
 * @param site the one site's name, "" when none or with {@code sites}
 * @param rows one row per line of {@code sites}, empty otherwise
 */
public record SitesView(String site, List<SiteRow> rows) {

	/**
	 * One site of many.
	 *
	 * @param name the site's name
	 * @param scope its network
	 * @param registrar where its phones register first (option 120)
	 * @param option120Hex its option 120 in canonical hex
	 * @param option120Length its length in bytes
	 * @param permalink the page for this site alone
	 */
	public record SiteRow(String name, String scope, String registrar, String option120Hex, String option120Length,
			String permalink) {
	}

	public static SitesView of(PhoneProvisioning provisioning, String vendor, Permalinks permalinks) {
		List<SiteRow> rows = provisioning.perSite().stream().map((site) -> row(site, vendor, permalinks)).toList();
		return new SitesView(provisioning.site().map(Object::toString).orElse(""), rows);
	}

	private static SiteRow row(PhoneProvisioning site, String vendor, Permalinks permalinks) {
		byte[] option120 = site.option120().bytes();
		return new SiteRow(site.site().map(Object::toString).orElse(""), site.scope().map(Object::toString).orElse(""),
				site.registrar().text(), HexStyle.CANONICAL.format(option120), Integer.toString(option120.length),
				permalinks.relative(site, vendor));
	}

	public boolean many() {
		return !this.rows.isEmpty();
	}

	/**
	 * What leads the page title, so a tab list tells sites apart: "Site berlin · ", "3
	 * sites · ", or nothing.
	 */
	public String titlePrefix() {
		if (many()) {
			return this.rows.size() + " sites · ";
		}
		return this.site.isEmpty() ? "" : "Site " + this.site + " · ";
	}

}
