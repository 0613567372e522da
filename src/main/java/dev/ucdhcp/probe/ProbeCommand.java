package dev.ucdhcp.probe;

import java.io.IOException;
import java.io.PrintStream;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.ucdhcp.dhcp.DhcpMessage.MessageType;

/**
 * {@code java -jar ucdhcp.jar probe …}: asks the DHCP servers on a link what a Lync phone
 * would get and says what is wrong with it. Exit codes: 0 every reply gives a phone its
 * registrar and provisioning URL, 1 options missing or malformed (or no server answered),
 * 2 usage or network error (for example port 68 cannot be bound).
 */
public final class ProbeCommand {

	public static final int OK = 0;

	public static final int OPTIONS_WRONG = 1;

	public static final int CANNOT_RUN = 2;

	static final String USAGE = """
			usage: java -jar ucdhcp.jar probe [--interface NAME] [--server IP] [--inform|--discover]
			                                  [--vendor-class MS-UC-Client | --no-vendor-class]
			                                  [--timeout SECONDS] [--max-message-size BYTES] [--hex]
			  Sends what a Lync / Skype for Business phone sends (option 60 MS-UC-Client, option 55
			  asking for 1 3 6 15 42 43 120) from UDP port 68 and reports what a phone would learn.
			  --interface NAME  take the client address (ciaddr) and MAC from this interface
			  --server IP       send DHCPINFORM to this server and stop at its first reply
			  --inform          send only DHCPINFORM (what phones use to ask for 43 and 120)
			  --discover        send only DHCPDISCOVER (broadcast; no DHCPREQUEST follows, no lease)
			                    without either, both are sent: DISCOVER first, then INFORM
			  --vendor-class V  option 60 to send (default MS-UC-Client); --no-vendor-class sends none
			  --timeout SECONDS how long to wait for replies to each message (default 5, at most 60)
			  --max-message-size BYTES  send option 57 (576 to 1500); without it servers keep the
			                    reply within 576 bytes and may drop a long option 43 or 120
			  --hex             also print one machine-readable line per option received:
			                    wire <sent> <received> <server> <code> <HEX> (- when empty)
			Verify a rollout:
			  --expect PERMALINK  compare every reply with what ucdhcp renders for the page's inputs
			                    (or give them as flags: --pool FQDN --sba … --ntp …): per option
			                    exact, different (with the first differing sub-option or label) or
			                    missing; with sites, the 120 of the site the phone is in
			  --all-replies     listen for the whole timeout and name every server that answered;
			                    one that answers a phone without 43/120, or differently, is a problem
			  --link-selection CIDR  ask from the centre as the relay agent (UDP 67, giaddr = this
			                    host) for a phone in CIDR; needs --server
			  --selection-by 82|118|both  RFC 3527 sub-option 5 of option 82, RFC 3011 option 118,
			                    or both (default)
			  --sites PERMALINK one relayed probe per line of the permalink's sites, one line each;
			                    needs --server
			  --json            print one JSON document: every reply, every verdict, the problems
			Needs root or CAP_NET_BIND_SERVICE (UDP port 68). Exit: 0 ok, 1 options missing or
			malformed, 2 usage or network error.
			""";

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

	/** Entry point for {@code UcdhcpApplication}: runs without Spring. */
	public static int execute(String[] args) {
		return new ProbeCommand(System.out, System.err).run(args);
	}

	/**
	 * Lets the wire tests run the probe from the class path inside a network namespace.
	 */
	public static void main(String[] args) {
		System.exit(execute(args));
	}

	public int run(String[] args) {
		ProbeArguments arguments;
		try {
			arguments = ProbeArguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			this.err.println("probe: " + ex.getMessage());
			this.err.print(USAGE);
			if (Arrays.asList(args).contains("--json")) {
				this.out.println(ProbeReport.error(ex.getMessage()));
			}
			return CANNOT_RUN;
		}
		if (arguments.help()) {
			this.out.print(USAGE);
			return OK;
		}
		if (!arguments.verify().equals(VerifyOptions.NONE)) {
			return new Verification(this.client, this.out, this.err).run(arguments);
		}
		try {
			return probe(arguments, Link.of(arguments));
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
					query.ciaddr().getHostAddress(), mac(query.mac()), query.destination().getHostAddress());
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

	static String mac(byte[] mac) {
		StringBuilder text = new StringBuilder();
		for (byte b : mac) {
			text.append(text.isEmpty() ? "" : ":").append(String.format("%02x", b & 0xFF));
		}
		return text.toString();
	}

}
