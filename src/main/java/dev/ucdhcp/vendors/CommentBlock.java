package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.Registrar;
import dev.ucdhcp.encoding.SiteName;
import dev.ucdhcp.encoding.Topology;
import dev.ucdhcp.encoding.Warning;

/**
 * The plain-text lines every rendered file opens with: what it does, the inputs with
 * their defaults resolved, the permalink, every warning, and how to undo it. Each target
 * turns the lines into its own comment syntax.
 */
final class CommentBlock {

	private static final int WIDTH = 100;

	private static final int MAX_PERMALINK_LINE = 400;

	private CommentBlock() {
	}

	/** What one target says about itself in the block. */
	record About(List<String> whatItDoes, List<String> rollback) {

	}

	/**
	 * What the target hands over for its header: names, comment syntax and this render's
	 * warnings, so the block never asks the target back.
	 */
	record Heading(String displayName, String fileName, String commentPrefix, List<Warning> warnings) {

	}

	/** The whole block in the target's comment syntax. */
	static String header(Heading heading, PhoneProvisioning provisioning,
			Function<PhoneProvisioning, String> permalinks, About about) {
		return comment(lines(heading, provisioning, permalinks, about), heading.commentPrefix());
	}

	static List<String> lines(Heading heading, PhoneProvisioning provisioning,
			Function<PhoneProvisioning, String> permalinks, About about) {
		List<String> lines = new ArrayList<>();
		lines.add("ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones");
		lines.add(heading.displayName() + ", file " + heading.fileName());
		lines.add("");
		about.whatItDoes().forEach((text) -> wrap(text, lines));
		lines.add("");
		wrap(level(provisioning), lines);
		wrap(topology(provisioning), lines);
		lines.add("");
		lines.add("Inputs:");
		inputs(provisioning, lines);
		sites(provisioning, permalinks, lines);
		permalink("Permalink", printable(permalinks.apply(provisioning)), lines);
		lines.add("");
		lines.add(heading.warnings().isEmpty() ? "Warnings: none" : "Warnings:");
		for (Warning warning : heading.warnings()) {
			wrap("- " + warning.code() + ": " + warning.message(), lines);
		}
		lines.add("");
		lines.add("Rollback:");
		about.rollback().forEach((text) -> wrap(text, lines));
		return lines;
	}

	/** Each line with the target's comment prefix, no trailing spaces. */
	static String comment(List<String> lines, String prefix) {
		return lines.stream().map((line) -> (prefix + line).stripTrailing()).collect(Collectors.joining("\n"));
	}

	private static String level(PhoneProvisioning provisioning) {
		if (!provisioning.sites().isEmpty()) {
			return "Level: per site. Option 120 is set on each site's scope to its own registrar; option 43"
					+ " (one vendor class) and the other options are central.";
		}
		return provisioning.scope()
			.map((scope) -> "Level: scope " + scope + " only (network " + scope.address() + " mask " + scope.netmask()
					+ ").")
			.orElse("Level: server wide; give a scope to limit it to the phones' network.");
	}

	private static String topology(PhoneProvisioning provisioning) {
		Registrar registrar = provisioning.registrar();
		Fqdn web = provisioning.webServicesFqdn();
		if (!provisioning.sites().isEmpty()) {
			return "Option 120 names each site's Survivable Branch Appliance where the line gives one, else "
					+ registrar + ". Option 43 stays on the central web services FQDN " + web
					+ ": an SBA has no web services, so signing in a new phone with a PIN needs the central site.";
		}
		if (provisioning.topology() == Topology.DIRECTOR) {
			return "Option 120 names the Director pool " + registrar + ", where Microsoft wants phones to register"
					+ " first. Option 43 stays on the web services FQDN " + web
					+ ": the phones fetch their certificate from the pool's web services, not the Director's.";
		}
		if (provisioning.topology() == Topology.BRANCH_SBA) {
			return "Option 120 names the branch's Survivable Branch Appliance " + registrar
					+ " so phones register locally. Option 43 stays on the central web services FQDN " + web
					+ ": an SBA has no web services, so signing in a new phone with a PIN needs the central site.";
		}
		return "Option 120 names the Front End pool " + registrar + "; option 43 its web services " + web + ".";
	}

	private static void inputs(PhoneProvisioning p, List<String> lines) {
		lines.add("  pool     " + p.pool());
		lines.add("  web      " + p.webServicesFqdn() + (p.web().isPresent() ? "" : " (default: pool)"));
		lines.add("  director " + orNone(p.director()));
		lines.add("  sba      " + orNone(p.sba()));
		lines.add("  port     " + p.port());
		lines.add("  path     " + p.path());
		lines.add("  scheme   " + p.scheme().text());
		lines.add("  scope    " + p.scope()
			.map(Object::toString)
			.orElse(p.sites().isEmpty() ? "(none: server level)" : "(per site, below)"));
		lines.add("  ntp      " + p.ntp().map((ntp) -> ntp.joined(",")).orElse("(none)"));
		lines.add("  vlan     " + p.vlan().map((vlan) -> vlan + " (experimental)").orElse("(none)"));
		p.site()
			.ifPresent((site) -> lines.add("  site     " + site
					+ (SiteName.derived(p.sba(), p.scope()).equals(p.site()) ? " (derived)" : "")));
		Option43 option43 = p.option43();
		lines.add("Option 120 (" + p.option120().bytes().length + " bytes): "
				+ HexStyle.CANONICAL.format(p.option120().bytes()));
		lines.add("Option 43 for " + option43.vendorClass() + " (" + option43.bytes().length + " bytes): "
				+ p.provisioningUrl());
	}

	/** Each site with its scope, its option 120 and its own permalink. */
	private static void sites(PhoneProvisioning provisioning, Function<PhoneProvisioning, String> permalinks,
			List<String> lines) {
		List<PhoneProvisioning> sites = provisioning.perSite();
		if (sites.isEmpty()) {
			return;
		}
		lines.add("Sites (" + sites.size() + "), each with its scope, option 120 and own permalink:");
		for (PhoneProvisioning site : sites) {
			lines.add("  " + site.site().orElseThrow() + " " + site.scope().orElseThrow() + ": option 120 "
					+ site.registrar() + " " + HexStyle.CANONICAL.format(site.option120().bytes()));
			permalink("  Permalink", printable(permalinks.apply(site)), lines);
		}
	}

	/**
	 * A permalink longer than a few lines is split: dnsmasq, for one, refuses lines of
	 * about 1000 characters, even comments.
	 */
	private static void permalink(String label, String link, List<String> lines) {
		if (link.length() <= MAX_PERMALINK_LINE) {
			lines.add(label + ": " + link);
			return;
		}
		lines.add(label + " (long: join the next lines without the comment marks and spaces):");
		for (int i = 0; i < link.length(); i += WIDTH) {
			lines.add("  " + link.substring(i, Math.min(link.length(), i + WIDTH)));
		}
	}

	private static String orNone(Optional<Registrar> registrar) {
		return registrar.map(Registrar::text).orElse("(none)");
	}

	/**
	 * The permalink comes from the web layer; keep it to one line of printable ASCII
	 * whatever it holds.
	 */
	static String printable(String link) {
		String text = (link != null) ? link : "";
		StringBuilder out = new StringBuilder(text.length());
		text.chars().forEach((c) -> out.append((c > 0x20 && c < 0x7F) ? (char) c : '?'));
		return out.toString();
	}

	/** Word-wraps on spaces; a word longer than the width (a URL) stays whole. */
	static void wrap(String text, List<String> lines) {
		String indent = text.startsWith("- ") ? "  " : "";
		StringBuilder line = new StringBuilder();
		boolean empty = true;
		for (String word : text.split(" ")) {
			if (!empty && line.length() + 1 + word.length() > WIDTH) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(indent);
				empty = true;
			}
			if (!empty) {
				line.append(' ');
			}
			line.append(word);
			empty = false;
		}
		lines.add(line.toString());
	}

}
