package dev.ucdhcp.probe;

import java.io.IOException;
import java.io.PrintStream;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.ucdhcp.cli.Cli;
import dev.ucdhcp.cli.InputOptions;
import dev.ucdhcp.cli.SharedOptions;
import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code java -jar ucdhcp.jar probe …}: asks the DHCP servers on a link what a Lync phone
 * would get and says what is wrong with it. Exit codes: 0 every reply gives a phone its
 * registrar and provisioning URL, 1 options missing or malformed (or no server answered),
 * 2 usage or network error (for example port 68 cannot be bound).
 */
@Command(name = "probe", description = {
		"Sends what a Lync / Skype for Business phone sends (option 60 MS-UC-Client, option 55"
				+ " asking for 1 3 6 15 42 43 120) from UDP port 68 and reports what a phone would learn.",
		"To verify a rollout: --expect (or the web's inputs, --pool … or --permalink) compares each reply"
				+ " with what ucdhcp renders; --all-replies names every server that answers; --link-selection"
				+ " or --sites (the page's lines, or a permalink with sites: one line per site) ask from the"
				+ " centre as a relay; --follow checks what the options point at; --json prints one document." },
		footer = { "Needs root or CAP_NET_BIND_SERVICE (UDP port 68; with --link-selection or --sites port 67).",
				"Exit: 0 ok, 1 options missing or malformed, 2 usage or network error." })
public final class ProbeCommand implements Callable<Integer>, Cli.Checked, Cli.ReportsUsageErrors {

	public static final int OK = 0;

	public static final int OPTIONS_WRONG = 1;

	public static final int CANNOT_RUN = Cli.USAGE_ERROR;

	@Mixin
	private SharedOptions shared;

	@Mixin
	private ProbeArguments arguments;

	/** The inputs {@code --expect} compares with, given as the web's flags. */
	@Mixin
	private InputOptions inputs;

	private final PhoneClient client;

	private final PrintStream out;

	private final PrintStream err;

	public ProbeCommand(PrintStream out, PrintStream err) {
		this(new PhoneClient(), out, err);
	}

	ProbeCommand(PhoneClient client, PrintStream out, PrintStream err) {
		this.client = client;
		this.out = out;
		this.err = err;
	}

	/**
	 * Lets the wire tests run the probe from the class path inside a network namespace.
	 */
	public static void main(String[] args) {
		System.exit(new ProbeCommand(System.out, System.err).run(args));
	}

	public int run(String[] args) {
		return Cli.run(this, this.out, this.err, args);
	}

	/** The probe's options as read, for tests of the command line. */
	ProbeArguments arguments() {
		return this.arguments;
	}

	@Override
	public void check() {
		this.arguments.check(this.inputs);
	}

	/**
	 * With {@code --json} a program reads standard output: it gets the error as a JSON
	 * document too.
	 */
	@Override
	public void usageError(List<String> lines, List<String> args) {
		if (args.contains("--json")) {
			this.out.println(ProbeReport.error(String.join("; ", lines)));
		}
	}

	@Override
	public Integer call() {
		if (!this.arguments.verify().equals(VerifyOptions.NONE)) {
			return new Verification(this.client, this.out, this.err).run(this.arguments);
		}
		try {
			return probe(this.arguments, Link.of(this.arguments));
		}
		catch (IOException ex) {
			this.err.println("probe: " + ex.getMessage());
			return CANNOT_RUN;
		}
	}

	private int probe(ProbeArguments arguments, Link link) throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> wire = new ArrayList<>();
		for (MessageType type : arguments.messages()) {
			PhoneClient.Query query = link.query(type, arguments);
			this.out.printf("%s with %s, from %s (MAC %s) to %s%n", type, vendorClassText(arguments),
					query.ciaddr().getHostAddress(), DhcpMessage.macText(query.mac()),
					query.destination().getHostAddress());
			List<PhoneClient.Reply> replies = ask(query);
			if (replies.isEmpty()) {
				String problem = noReply(type, arguments);
				this.out.println("  PROBLEM: " + problem);
				problems.add(type + ": " + problem);
			}
			for (PhoneClient.Reply reply : replies) {
				ReplyCheck check = new ReplyCheck(reply, arguments.vendorClass());
				check.print(this.out);
				check.problems().forEach((problem) -> problems.add(type + ": " + problem));
				wire.addAll(wireLines(type, reply));
			}
		}
		summary(problems, arguments);
		if (arguments.hex()) {
			wire.forEach(this.out::println);
		}
		return problems.isEmpty() ? OK : OPTIONS_WRONG;
	}

	private List<PhoneClient.Reply> ask(PhoneClient.Query query) throws IOException {
		return ask(this.client, query);
	}

	static List<PhoneClient.Reply> ask(PhoneClient client, PhoneClient.Query query) throws IOException {
		try {
			return client.ask(query);
		}
		catch (SocketException ex) {
			throw new IOException(
					"cannot use UDP port " + PhoneClient.CLIENT_PORT + " (" + ex.getMessage()
							+ "): run as root or with CAP_NET_BIND_SERVICE, and stop any DHCP client holding the port",
					ex);
		}
	}

	private void summary(List<String> problems, ProbeArguments arguments) {
		if (problems.isEmpty()) {
			this.out.println(
					arguments.phone() ? "OK: a phone gets its registrar (option 120) and provisioning URL (option 43)."
							: "OK: no phone options leaked to a client with " + vendorClassText(arguments) + ".");
			return;
		}
		this.out.println(problems.size() + " problem(s):");
		problems.forEach((problem) -> this.out.println("  " + problem));
	}

	static String noReply(MessageType type, ProbeArguments arguments) {
		String hint = (type == MessageType.DHCPINFORM)
				? " ISC dhcpd answers DHCPINFORM only with 'authoritative;' and for a subnet it declares;"
						+ " MikroTik may not answer INFORM at all."
				: " Is a server listening on this link, with a pool for this subnet?";
		return "no reply within " + arguments.timeout().toSeconds() + " s." + hint;
	}

	static List<String> wireLines(MessageType sent, PhoneClient.Reply reply) {
		String received = reply.message().messageType().map(Enum::name).orElse("BOOTREPLY");
		String prefix = "wire " + sent + " " + received + " " + reply.server().getHostAddress() + " ";
		List<String> lines = new ArrayList<>();
		reply.message()
			.options()
			.forEach((code, value) -> lines
				.add(prefix + code + " " + (value.length == 0 ? "-" : ReplyCheck.hex(value))));
		return lines;
	}

	static String vendorClassText(ProbeArguments arguments) {
		return arguments.vendorClass().map((v) -> "option 60 \"" + v + "\"").orElse("no option 60");
	}

}
