package dev.ucdhcp.web;

import java.util.List;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.PhoneProvisioning;

/**
 * The command lines that check and automate a result, the same on the page's "Check and
 * automate" card and on the change record: every one quotes the page's whole address, so
 * an administrator copies one spelling of the permalink, not three.
 */
final class CheckCommands {

	/** The probe as a phone asks: DHCPINFORM with vendor class MS-UC-Client. */
	static final String RESPONDER_PRIVILEGE = "sudo setpriv --reuid=\"$(id -u)\" --regid=\"$(id -g)\" --init-groups"
			+ " --inh-caps=+net_bind_service --ambient-caps=+net_bind_service ";

	static final String PROBE = "sudo java -jar ucdhcp.jar probe --interface eth0 --inform --server DHCP_SERVER_IP";

	private CheckCommands() {
	}

	/**
	 * One probe line, or with sites one per site: the probe asks from the host it runs
	 * on, so each line says which site's network it must run in and what option 120 must
	 * name there.
	 */
	static String probe(PhoneProvisioning provisioning) {
		List<PhoneProvisioning> sites = provisioning.perSite();
		if (sites.isEmpty()) {
			return PROBE;
		}
		return sites.stream()
			.map((site) -> PROBE + "  # " + site.site().orElseThrow() + ", from " + site.scope().orElseThrow()
					+ ": option 120 " + site.registrar().text())
			.collect(Collectors.joining("\n"));
	}

	/**
	 * {@code apply kea} for the same inputs; a dry run unless {@code --yes} is added. The
	 * permalink is percent-encoded, so it holds no quote that could end the shell's
	 * single quotes.
	 */
	static String apply(String permalink) {
		return "java -jar ucdhcp.jar apply kea --control-agent http://127.0.0.1:8000/ --permalink '" + permalink + "'";
	}

	/**
	 * The responder for the same inputs, on the host's interface in the phones' link: as
	 * the user who typed it with only the right to bind port 67 (setpriv drops root
	 * before Java starts), not a JVM running as root (README, Responder).
	 */
	static String responder(String permalink) {
		return RESPONDER_PRIVILEGE + "java -jar ucdhcp.jar responder --interface eth0 --permalink '" + permalink + "'";
	}

}
