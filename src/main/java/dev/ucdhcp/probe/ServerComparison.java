package dev.ucdhcp.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.Option120;
import dev.ucdhcp.encoding.Option43;

/**
 * Every server that answered one message, side by side. A phone takes the first reply, so
 * a second server that answers without options 43 and 120 (a router's DHCP, or a Kea left
 * non-authoritative, which answers every INFORM and often wins the race) or with other
 * values is a problem even when the right server also answers.
 */
final class ServerComparison {

	private ServerComparison() {
	}

	/** The servers that answered {@code exchange}, each with its first reply. */
	static Map<String, Exchange.Answer> servers(Exchange exchange) {
		Map<String, Exchange.Answer> servers = new LinkedHashMap<>();
		exchange.answers().forEach((answer) -> servers.putIfAbsent(answer.server(), answer));
		return servers;
	}

	static List<String> problems(Exchange exchange, boolean phone) {
		Map<String, Exchange.Answer> servers = servers(exchange);
		List<String> problems = new ArrayList<>();
		if (servers.size() < 2) {
			return problems;
		}
		String sent = exchange.sent().name();
		for (Exchange.Answer answer : servers.values()) {
			if (phone && answer.lacksPhoneOptions()) {
				problems.add(sent + ": server " + answer.server() + " answers a phone without " + missing(answer)
						+ ", beside " + (servers.size() - 1)
						+ " other server(s): a phone takes the first reply, and this one can win the race");
			}
		}
		for (int code : new int[] { Option120.CODE, Option43.CODE }) {
			disagreement(servers, code).ifPresent((text) -> problems.add(sent + ": " + text));
		}
		return problems;
	}

	private static String missing(Exchange.Answer answer) {
		boolean no120 = answer.reply().message().option(Option120.CODE).isEmpty();
		boolean no43 = answer.reply().message().option(Option43.CODE).isEmpty();
		return (no120 && no43) ? "options 43 and 120" : no120 ? "option 120" : "option 43";
	}

	private static Optional<String> disagreement(Map<String, Exchange.Answer> servers, int code) {
		Map<String, byte[]> values = new LinkedHashMap<>();
		servers
			.forEach((server, answer) -> answer.reply().message().option(code).ifPresent((v) -> values.put(server, v)));
		List<String> names = new ArrayList<>(values.keySet());
		for (int i = 1; i < names.size(); i++) {
			byte[] first = values.get(names.get(0));
			byte[] other = values.get(names.get(i));
			if (!Arrays.equals(first, other)) {
				return Optional.of("servers " + names.get(0) + " and " + names.get(i) + " disagree on option " + code
						+ ": " + OptionDifference.explain(code, first, other));
			}
		}
		return Optional.empty();
	}

}
