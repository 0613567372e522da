package dev.ucdhcp.probe;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;

/**
 * Runs the rollout check the verify flags ask for and prints its report: every target
 * (the link, a selected subnet, or each site) and each message, then what the phone does
 * next ({@code --follow}).
 */
final class Verification {

	private final PhoneClient client;

	private final PrintStream out;

	private final PrintStream err;

	Verification(PhoneClient client, PrintStream out, PrintStream err) {
		this.client = client;
		this.out = out;
		this.err = err;
	}

	int run(ProbeArguments arguments) {
		boolean json = arguments.verify().json();
		RolloutCheck check;
		try {
			check = new RolloutCheck(this.client, arguments, Link.of(arguments));
		}
		catch (IllegalArgumentException | IOException ex) {
			return cannotRun(json, ex.getMessage());
		}
		try {
			Map<RolloutCheck.Target, List<Exchange>> exchanges = new LinkedHashMap<>();
			List<String> wire = new ArrayList<>();
			for (RolloutCheck.Target target : check.targets()) {
				List<Exchange> list = new ArrayList<>();
				for (MessageType type : arguments.messages()) {
					Exchange exchange = check.exchange(target, type, json ? Optional.empty() : Optional.of(this.out));
					list.add(exchange);
					exchange.answers().forEach((answer) -> wire.addAll(ProbeCommand.wireLines(type, answer.reply())));
				}
				exchanges.put(target, list);
			}
			List<FollowCheck> follow = arguments.verify().follow() ? follow(arguments, exchanges) : List.of();
			ProbeReport report = new ProbeReport(exchanges, follow);
			if (json) {
				this.out.println(report.json());
			}
			else {
				report.printText(this.out, arguments.phone());
				if (arguments.hex()) {
					wire.forEach(this.out::println);
				}
			}
			return report.exitCode();
		}
		catch (IOException ex) {
			return cannotRun(json, ex.getMessage());
		}
	}

	private static List<FollowCheck> follow(ProbeArguments arguments,
			Map<RolloutCheck.Target, List<Exchange>> exchanges) throws IOException {
		List<DhcpMessage> replies = new ArrayList<>();
		exchanges.values()
			.forEach((list) -> list.forEach((e) -> e.answers()
				.stream()
				.filter((answer) -> answer.ignored().isEmpty())
				.forEach((answer) -> replies.add(answer.reply().message()))));
		return new FollowChecks(arguments.verify(), arguments.timeout()).run(replies);
	}

	private int cannotRun(boolean json, String message) {
		this.err.println("probe: " + message);
		if (json) {
			this.out.println(ProbeReport.error(message));
		}
		return ProbeCommand.CANNOT_RUN;
	}

}
