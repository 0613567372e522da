package dev.ucdhcp.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.PhoneProvisioning;

/**
 * The probe as a rollout check: asks from the phone's link or, as a relay, for a selected
 * subnet or every site, compares each reply with what ucdhcp renders and sets every
 * server that answered side by side. {@link ProbeReport} prints the outcome.
 */
final class RolloutCheck {

	private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());

	private final PhoneClient client;

	private final ProbeArguments arguments;

	private final Link link;

	private final Optional<Expectation> expectation;

	/**
	 * Where to ask: a site (with {@code --sites}), the selected subnet, or the link.
	 */
	record Target(Optional<String> site, Optional<LinkSelection> selection, Optional<PhoneProvisioning> expected) {
	}

	RolloutCheck(PhoneClient client, ProbeArguments arguments, Link link) {
		this.client = client;
		this.arguments = arguments;
		this.link = link;
		VerifyOptions verify = arguments.verify();
		this.expectation = verify.expects() ? Optional.of(Expectation.of(verify.inputs())) : Optional.empty();
	}

	List<Target> targets() {
		VerifyOptions verify = this.arguments.verify();
		if (verify.perSite()) {
			return this.expectation.orElseThrow()
				.sites()
				.stream()
				.map((site) -> new Target(site.site().map(Object::toString),
						site.scope().map((scope) -> new LinkSelection(scope, verify.selectBy())), Optional.of(site)))
				.toList();
		}
		if (verify.linkSelection().isPresent()) {
			LinkSelection selection = new LinkSelection(verify.linkSelection().get(), verify.selectBy());
			return List.of(new Target(Optional.empty(), Optional.of(selection),
					this.expectation.map((e) -> e.in(selection.network()))));
		}
		Ipv4Address own = Ipv4Address.of(this.link.address().getAddress());
		return List.of(new Target(Optional.empty(), Optional.empty(), this.expectation.map((e) -> e.at(own))));
	}

	/**
	 * @param text where {@link ReplyCheck} writes each reply as it arrives, or nowhere
	 */
	Exchange exchange(Target target, MessageType type, Optional<PrintStream> text) throws IOException {
		List<PhoneClient.Reply> replies = new ArrayList<>();
		String via;
		if (target.selection().isEmpty()) {
			replies.addAll(ask(this.link.query(type, this.arguments)));
			via = "from " + this.link.address().getHostAddress();
		}
		else {
			via = relayed(type, target.selection().get(), replies);
		}
		String header = type + " with " + ProbeCommand.vendorClassText(this.arguments) + ", " + via + " to "
				+ this.arguments.server().map((server) -> server.getHostAddress()).orElse("255.255.255.255")
				+ target.site().map((site) -> " (site " + site + ")").orElse("");
		text.ifPresent((out) -> out.println(header));
		List<Exchange.Answer> answers = new ArrayList<>();
		for (PhoneClient.Reply reply : replies) {
			answers.add(answer(target, reply, text.orElse(SILENT)));
		}
		List<String> problems = replies.isEmpty() ? List.of(type + ": " + noReply(type, target)) : List.of();
		Exchange exchange = new Exchange(target.site(), type, via, answers, problems);
		List<String> servers = ServerComparison.problems(exchange, this.arguments.phone());
		return new Exchange(target.site(), type, via, answers,
				servers.isEmpty() ? problems : concat(problems, servers));
	}

	/** Asks as the relay, once or twice (see {@link LinkSelection#ciaddrs}); says how. */
	private String relayed(MessageType type, LinkSelection selection, List<PhoneClient.Reply> replies)
			throws IOException {
		StringBuilder via = new StringBuilder(
				"relayed from " + this.link.address().getHostAddress() + " for " + selection.describe());
		String attempt = ", ciaddr ";
		for (Inet4Address ciaddr : selection.ciaddrs(type)) {
			if (!replies.isEmpty() && !this.arguments.verify().allReplies()) {
				break;
			}
			replies.addAll(ask(this.link.relayed(type, this.arguments, selection, ciaddr)));
			via.append((type == MessageType.DHCPINFORM) ? attempt + ciaddr.getHostAddress() : "");
			attempt = ", then ciaddr ";
		}
		return via.toString();
	}

	private Exchange.Answer answer(Target target, PhoneClient.Reply reply, PrintStream out) {
		ReplyCheck check = new ReplyCheck(reply, this.arguments.vendorClass());
		check.print(out);
		String server = reply.server().getHostAddress();
		Optional<String> ignored = target.selection().flatMap((selection) -> selection.ignoredBy(reply.message()));
		if (ignored.isEmpty() && target.expected().isPresent()) {
			ignored = this.expectation.flatMap((e) -> e.otherSiteWith(target.expected().get(), reply.message()))
				.map((other) -> "the server answered with the option 120 of site " + other.site().orElseThrow() + " ("
						+ other.scope().orElseThrow() + "): it ignored the selection");
		}
		List<String> problems = new ArrayList<>();
		check.problems().forEach((problem) -> problems.add("server " + server + ": " + problem));
		List<OptionVerdict> verdicts = List.of();
		if (ignored.isPresent()) {
			problems.add("server " + server + ": " + ignored.get());
		}
		else if (target.expected().isPresent()) {
			verdicts = Expectation.compare(target.expected().get(), reply.message(), this.arguments.phone());
			verdicts.stream()
				.filter((verdict) -> !verdict.exact())
				.forEach((verdict) -> problems.add("server " + server + ": " + verdict.text()));
		}
		verdicts.forEach((verdict) -> out.println("    expect " + verdict.text()));
		ignored.ifPresent((why) -> out.println("    NOT THIS SUBNET'S OPTIONS: " + why));
		return new Exchange.Answer(reply, problems, verdicts, ignored);
	}

	private List<PhoneClient.Reply> ask(PhoneClient.Query query) throws IOException {
		return ProbeCommand.ask(this.client, query);
	}

	private String noReply(MessageType type, Target target) {
		if (target.selection().isEmpty()) {
			return ProbeCommand.noReply(type, this.arguments);
		}
		return "no reply within " + this.arguments.timeout().toSeconds() + " s to the relayed " + type + " for "
				+ target.selection().get().describe() + ". A server that does not honour the selection may stay"
				+ " silent (try --selection-by 118 or 82); is the server's own address given with --server, does it"
				+ " know that subnet, and does it answer relayed requests from this host?";
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
