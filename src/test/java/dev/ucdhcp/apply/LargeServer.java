package dev.ucdhcp.apply;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A large site's server as issue 25 measured it: 64 subnets with 150 reservations each
 * (9,600), and an apply with 64 sites, one per subnet. The diff of this apply ran out of
 * memory at {@code -Xmx512m} with the hand-written Myers. Run as a program, it prints the
 * diff's size, so a test can run it in a JVM with a small heap.
 */
final class LargeServer {

	static final int SUBNETS = 64;

	static final int RESERVATIONS_PER_SUBNET = 150;

	private LargeServer() {
	}

	/** The running configuration: only data, nothing of it is ever sent anywhere. */
	static ObjectNode dhcp4() {
		ObjectNode dhcp4 = (ObjectNode) Fixtures.dhcp4("config-get-baseline.json").deepCopy();
		ArrayNode subnets = dhcp4.putArray("subnet4");
		for (int s = 0; s < SUBNETS; s++) {
			ObjectNode subnet = subnets.addObject();
			subnet.put("id", 100 + s).put("subnet", "10.20." + s + ".0/24");
			subnet.putArray("pools").addObject().put("pool", "10.20." + s + ".200 - 10.20." + s + ".250");
			subnet.putArray("option-data").addObject().put("name", "routers").put("data", "10.20." + s + ".1");
			ArrayNode reservations = subnet.putArray("reservations");
			for (int r = 0; r < RESERVATIONS_PER_SUBNET; r++) {
				reservations.addObject()
					.put("hw-address", String.format("02:00:00:%02x:%02x:%02x", s, r / 256, r % 256))
					.put("ip-address", "10.20." + s + "." + (10 + r))
					.put("hostname", "phone-" + s + "-" + r);
			}
		}
		return dhcp4;
	}

	/** The page's inputs for one site per subnet. */
	static Map<String, String> sites() {
		String lines = IntStream.range(0, SUBNETS)
			.mapToObj((s) -> "site" + s + ",10.20." + s + ".0/24")
			.collect(Collectors.joining("\n"));
		return Map.of("pool", "lync.schertz.local", "sites", lines);
	}

	static List<String> diff() {
		JsonNode running = dhcp4();
		Dhcp4Merge.Outcome outcome = Fixtures.apply(running, sites());
		return UnifiedDiff.of(JsonText.lines(running), JsonText.lines(outcome.dhcp4()), "running (config-get)",
				"after ucdhcp apply");
	}

	public static void main(String[] args) {
		List<String> diff = diff();
		long hunks = diff.stream().filter((line) -> line.startsWith("@@ ")).count();
		long added = diff.stream().filter((line) -> line.startsWith("+") && !line.startsWith("+++ ")).count();
		System.out.println("hunks=" + hunks + " added=" + added + " lines=" + diff.size());
	}

}
