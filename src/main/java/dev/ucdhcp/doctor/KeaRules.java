package dev.ucdhcp.doctor;

import java.util.List;

/**
 * Kea's own rules over the model: a subnet or pool value that beats the phones' class
 * (precedence pool, subnet, class, global), and relayed DHCPINFORM with UDP sockets.
 */
final class KeaRules {

	private KeaRules() {
	}

	static void check(Paste paste, Report report) {
		for (int code : List.of(43, 120)) {
			shadows(paste, code, report);
		}
		paste.marked(Marker.KEA_UDP_SOCKETS).ifPresent((line) -> relayed(paste, line, report));
	}

	private static void shadows(Paste paste, int code, Report report) {
		List<Setting> inClass = paste.settings(code)
			.stream()
			.filter((setting) -> setting.level() == Level.CLASS
					&& Phones.selectedClass(paste, setting).map(VendorClass::matchesPhones).orElse(false))
			.toList();
		if (inClass.isEmpty()) {
			return;
		}
		for (Setting local : paste.settings(code)) {
			if (local.level() == Level.SCOPE || local.level() == Level.POOL) {
				report.add(ProblemCode.KEA_SUBNET_OPTION_SHADOWS_CLASS, local.line(), "Option " + code + " is set "
						+ local.where() + " and in the MS-UC-Client class (line " + inClass.get(0).line()
						+ "): Kea's order is pool, subnet, class, global, so phones in this subnet get this value,"
						+ " not the class's.",
						code == 43 ? "Put the access points' option 43 in a client class of" + " their own."
								: "Keep option 120 at subnet level only (per site) and out of the class.");
			}
		}
	}

	private static void relayed(Paste paste, int line, Report report) {
		paste.networks.stream()
			.filter(Network::relayed)
			.findFirst()
			.ifPresent((network) -> report.add(ProblemCode.KEA_RELAYED_INFORM_UDP, line,
					"Kea answers a relayed DHCPINFORM by unicast to the phone,"
							+ " and with \"dhcp-socket-type\": \"udp\" a failed ARP drops that answer: phones behind the"
							+ " relay for " + network.where() + " may get nothing.",
					"Use \"dhcp-socket-type\": \"raw\", or make sure ARP to the phones is not blocked."));
	}

}
