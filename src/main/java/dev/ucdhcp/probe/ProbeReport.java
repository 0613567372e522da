package dev.ucdhcp.probe;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.ucdhcp.encoding.DecodedOption;
import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Option120;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.OptionDecoder;

/**
 * The outcome of a rollout check: one line per site, every server, the problems and a
 * verdict, as text or as one JSON document for a monitoring timer.
 */
final class ProbeReport {

	private final List<RolloutCheck.Target> targets;

	private final Map<RolloutCheck.Target, List<Exchange>> exchanges;

	private final List<FollowCheck> follow;

	ProbeReport(Map<RolloutCheck.Target, List<Exchange>> exchanges, List<FollowCheck> follow) {
		this.exchanges = new LinkedHashMap<>(exchanges);
		this.targets = List.copyOf(exchanges.keySet());
		this.follow = List.copyOf(follow);
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		this.exchanges.values().forEach((list) -> list.forEach((e) -> problems.addAll(e.allProblems())));
		this.follow.stream().filter((check) -> !check.ok()).forEach((check) -> problems.add(check.message()));
		return problems;
	}

	int exitCode() {
		return problems().isEmpty() ? ProbeCommand.OK : ProbeCommand.OPTIONS_WRONG;
	}

	/**
	 * Every server that answered, in address order (replies race; the report must not).
	 */
	Set<String> servers() {
		Set<String> servers = new TreeSet<>(
				Comparator.comparingLong((String server) -> Integer.toUnsignedLong(Ipv4Address.parse(server).bits())));
		this.exchanges.values()
			.forEach((list) -> list.forEach((e) -> servers.addAll(ServerComparison.servers(e).keySet())));
		return servers;
	}

	void printText(PrintStream out, boolean phone) {
		if (servers().size() > 1) {
			out.println("servers that answered: " + String.join(", ", servers()));
		}
		for (RolloutCheck.Target target : this.targets) {
			target.site().ifPresent((site) -> out.println(siteLine(target)));
		}
		if (!this.follow.isEmpty()) {
			out.println("following the options as the phone does:");
			this.follow.forEach((check) -> out.println(check.text()));
		}
		List<String> problems = problems();
		if (problems.isEmpty()) {
			out.println(phone ? "OK: a phone gets its registrar (option 120) and provisioning URL (option 43)"
					+ (this.targets.stream().anyMatch((t) -> t.expected().isPresent()) ? ", exactly as rendered." : ".")
					: "OK: no phone options leaked to a client without MS-UC-Client.");
			return;
		}
		out.println(problems.size() + " problem(s):");
		problems.forEach((problem) -> out.println("  " + problem));
	}

	/**
	 * {@code site berlin 192.0.2.0/24: exact …}, {@code … PROBLEM: …},
	 * {@code … NOT VERIFIED: …}.
	 */
	String siteLine(RolloutCheck.Target target) {
		List<Exchange> list = this.exchanges.get(target);
		String name = "site " + target.site().orElse("") + " "
				+ target.selection().map((s) -> s.network().toString()).orElse("");
		Optional<String> ignored = list.stream()
			.flatMap((e) -> e.answers().stream())
			.flatMap((a) -> a.ignored().map((why) -> "server " + a.server() + ": " + why).stream())
			.findFirst();
		if (ignored.isPresent()) {
			return name + ": NOT VERIFIED: " + ignored.get();
		}
		List<String> problems = new ArrayList<>();
		list.forEach((e) -> problems.addAll(e.allProblems()));
		if (!problems.isEmpty()) {
			return name + ": PROBLEM: " + problems.get(0);
		}
		Set<String> options = new LinkedHashSet<>();
		Set<String> servers = new LinkedHashSet<>();
		list.forEach((e) -> e.answers().forEach((a) -> {
			a.verdicts().forEach((v) -> options.add("option " + v.code()));
			servers.add(a.server());
		}));
		return name + ": exact (" + String.join(", ", options) + "; "
				+ String.join(" and ", list.stream().map((e) -> e.sent().name()).toList()) + " answered by "
				+ String.join(", ", servers) + ")";
	}

	String json() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("verdict", problems().isEmpty() ? "ok" : "problem");
		document.put("exitCode", exitCode());
		document.put("servers", List.copyOf(servers()));
		List<Object> exchangeList = new ArrayList<>();
		this.exchanges.values().forEach((list) -> list.forEach((e) -> exchangeList.add(exchange(e))));
		document.put("exchanges", exchangeList);
		List<Object> sites = new ArrayList<>();
		for (RolloutCheck.Target target : this.targets) {
			target.site()
				.ifPresent((site) -> sites.add(Map.of("name", site, "scope",
						target.selection().orElseThrow().network().toString(), "line", siteLine(target))));
		}
		document.put("sites", sites);
		document.put("follow", this.follow.stream().map(FollowCheck::json).toList());
		document.put("problems", problems());
		return Json.write(document);
	}

	static String error(String message) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("verdict", "error");
		document.put("exitCode", ProbeCommand.CANNOT_RUN);
		document.put("error", message);
		return Json.write(document);
	}

	private static Map<String, Object> exchange(Exchange exchange) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("site", exchange.site());
		json.put("sent", exchange.sent().name());
		json.put("via", exchange.via());
		json.put("replies", exchange.answers().stream().map(ProbeReport::answer).toList());
		json.put("problems", exchange.problems());
		return json;
	}

	private static Map<String, Object> answer(Exchange.Answer answer) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", answer.reply().message().messageType().map(Enum::name).orElse("BOOTREPLY"));
		json.put("server", answer.server());
		json.put("from", answer.reply().from().getHostAddress());
		json.put("yiaddr", dotted(answer.reply().message().yiaddr()));
		Map<String, Object> options = new LinkedHashMap<>();
		answer.reply().message().options().forEach((code, value) -> options.put(code.toString(), hex(value)));
		json.put("options", options);
		json.put("registrar",
				answer.reply()
					.message()
					.option(Option120.CODE)
					.flatMap((value) -> OptionDecoder.decode(Option120.CODE, value).registrar()));
		json.put("provisioningUrl",
				answer.reply()
					.message()
					.option(Option43.CODE)
					.map((value) -> OptionDecoder.decode(Option43.CODE, value))
					.flatMap(DecodedOption::provisioningUrl));
		json.put("verdicts", answer.verdicts().stream().map(ProbeReport::verdict).toList());
		json.put("ignoredSelection", answer.ignored());
		json.put("problems", answer.problems());
		return json;
	}

	private static Map<String, Object> verdict(OptionVerdict verdict) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("option", verdict.code());
		json.put("status", verdict.status().word());
		json.put("expected", verdict.expected());
		json.put("received", verdict.received());
		json.put("explanation", verdict.explanation());
		return json;
	}

	private static String hex(byte[] value) {
		return HexStyle.CANONICAL.format(value);
	}

	private static String dotted(byte[] address) {
		return (address[0] & 0xFF) + "." + (address[1] & 0xFF) + "." + (address[2] & 0xFF) + "." + (address[3] & 0xFF);
	}

}
