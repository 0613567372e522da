package dev.ucdhcp.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Option120;
import dev.ucdhcp.encoding.Option43;

/**
 * One message the probe sent and everything that came back.
 *
 * @param site the site it asked for, with {@code --sites}
 * @param sent DHCPINFORM or DHCPDISCOVER
 * @param via how it asked: from the phone's link, or relayed with a selection
 * @param answers every reply, in arrival order
 * @param problems what is wrong beyond single replies (none came back)
 */
record Exchange(Optional<String> site, MessageType sent, String via, List<Answer> answers, List<String> problems) {

	Exchange {
		answers = List.copyOf(answers);
		problems = List.copyOf(problems);
	}

	/**
	 * A reply, what is wrong with it and how it compares with the rendered options.
	 *
	 * @param ignored the server answered for another subnet: no verdicts then
	 */
	record Answer(PhoneClient.Reply reply, List<String> problems, List<OptionVerdict> verdicts,
			Optional<String> ignored) {

		Answer {
			problems = List.copyOf(problems);
			verdicts = List.copyOf(verdicts);
		}

		String server() {
			return this.reply.server().getHostAddress();
		}

		boolean lacksPhoneOptions() {
			return this.reply.message().option(Option120.CODE).isEmpty()
					|| this.reply.message().option(Option43.CODE).isEmpty();
		}

	}

	List<String> allProblems() {
		List<String> all = new ArrayList<>(this.problems);
		this.answers.forEach((answer) -> all.addAll(answer.problems()));
		return all;
	}

}
