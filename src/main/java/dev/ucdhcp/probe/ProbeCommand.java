package dev.ucdhcp.probe;

import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.probe.DhcpMessage.MessageType;

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
			return CANNOT_RUN;
		}
		if (arguments.help()) {
			this.out.print(USAGE);
			return OK;
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
		try {
			return this.client.ask(query);
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

	private static String noReply(MessageType type, ProbeArguments arguments) {
		String hint = (type == MessageType.DHCPINFORM)
				? " ISC dhcpd answers DHCPINFORM only with 'authoritative;' and for a subnet it declares;"
						+ " MikroTik may not answer INFORM at all."
				: " Is a server listening on this link, with a pool for this subnet?";
		return "no reply within " + arguments.timeout().toSeconds() + " s." + hint;
	}

	private static List<String> wireLines(MessageType sent, PhoneClient.Reply reply) {
		String received = reply.message().messageType().map(Enum::name).orElse("BOOTREPLY");
		String prefix = "wire " + sent + " " + received + " " + reply.server().getHostAddress() + " ";
		List<String> lines = new ArrayList<>();
		reply.message()
			.options()
			.forEach((code, value) -> lines
				.add(prefix + code + " " + (value.length == 0 ? "-" : ReplyCheck.hex(value))));
		return lines;
	}

	private static String vendorClassText(ProbeArguments arguments) {
		return arguments.vendorClass().map((v) -> "option 60 \"" + v + "\"").orElse("no option 60");
	}

	static String mac(byte[] mac) {
		StringBuilder text = new StringBuilder();
		for (byte b : mac) {
			text.append(text.isEmpty() ? "" : ":").append(String.format("%02x", b & 0xFF));
		}
		return text.toString();
	}

	/** The client's side of the link: its address (for ciaddr) and MAC (for chaddr). */
	record Link(Inet4Address address, byte[] mac) {

		private static final InetAddress BROADCAST = broadcast();

		static Link of(ProbeArguments arguments) throws IOException {
			Optional<NetworkInterface> chosen = chooseInterface(arguments);
			Inet4Address address = chosen.flatMap(Link::ipv4)
				.orElseThrow(() -> new IOException(
						"no IPv4 address on " + chosen.map(NetworkInterface::getName).orElse("any interface")
								+ " to send from; give --interface NAME"));
			byte[] mac = chosen.get().getHardwareAddress();
			return new Link(address, (mac != null && mac.length == 6) ? mac : randomMac());
		}

		PhoneClient.Query query(MessageType type, ProbeArguments arguments) {
			// Phones broadcast DISCOVER; INFORM goes to the server when we know it.
			InetAddress destination = (type == MessageType.DHCPINFORM) ? arguments.server().orElse(BROADCAST)
					: BROADCAST;
			return new PhoneClient.Query(type, arguments.vendorClass(), this.address, this.mac, destination,
					arguments.server(), arguments.timeout(), arguments.maxMessageSize());
		}

		private static Optional<NetworkInterface> chooseInterface(ProbeArguments arguments) throws IOException {
			if (arguments.interfaceName().isPresent()) {
				String name = arguments.interfaceName().get();
				NetworkInterface named = NetworkInterface.getByName(name);
				if (named == null) {
					throw new IOException("no network interface named " + name);
				}
				return Optional.of(named);
			}
			if (arguments.server().isPresent()) {
				Optional<NetworkInterface> towardsServer = towards(arguments.server().get());
				if (towardsServer.isPresent()) {
					return towardsServer;
				}
			}
			for (NetworkInterface candidate : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (candidate.isUp() && !candidate.isLoopback() && ipv4(candidate).isPresent()) {
					return Optional.of(candidate);
				}
			}
			return Optional.empty();
		}

		/**
		 * The interface the kernel would route to the server by (connect sends nothing).
		 */
		private static Optional<NetworkInterface> towards(InetAddress server) throws IOException {
			try (DatagramSocket routeFinder = new DatagramSocket()) {
				routeFinder.connect(server, PhoneClient.SERVER_PORT);
				InetAddress local = routeFinder.getLocalAddress();
				return local.isAnyLocalAddress() ? Optional.empty()
						: Optional.ofNullable(NetworkInterface.getByInetAddress(local));
			}
		}

		private static Optional<Inet4Address> ipv4(NetworkInterface networkInterface) {
			return networkInterface.getInterfaceAddresses()
				.stream()
				.map(InterfaceAddress::getAddress)
				.filter(Inet4Address.class::isInstance)
				.map(Inet4Address.class::cast)
				.findFirst();
		}

		/** Locally administered, unicast: it cannot belong to a real device. */
		private static byte[] randomMac() {
			byte[] mac = new byte[6];
			new SecureRandom().nextBytes(mac);
			mac[0] = (byte) ((mac[0] & 0xFC) | 0x02);
			return mac;
		}

		private static InetAddress broadcast() {
			try {
				return InetAddress.getByAddress(new byte[] { -1, -1, -1, -1 });
			}
			catch (UnknownHostException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The command line, validated. */
	record ProbeArguments(Optional<String> interfaceName, Optional<InetAddress> server, List<MessageType> messages,
			Optional<String> vendorClass, Duration timeout, int maxMessageSize, boolean hex, boolean help) {

		static ProbeArguments parse(String[] args) {
			Builder builder = new Builder();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				switch (arg) {
					case "--interface" -> builder.interfaceName = Optional.of(value(args, ++i, arg));
					case "--server" -> builder.server = Optional.of(ipv4(value(args, ++i, arg)));
					case "--inform" -> builder.messages.add(MessageType.DHCPINFORM);
					case "--discover" -> builder.messages.add(MessageType.DHCPDISCOVER);
					case "--vendor-class" -> builder.vendorClass = Optional.of(vendorClass(value(args, ++i, arg)));
					case "--no-vendor-class" -> builder.vendorClass = Optional.empty();
					case "--timeout" -> builder.timeout = timeout(value(args, ++i, arg));
					case "--max-message-size" -> builder.maxMessageSize = maxMessageSize(value(args, ++i, arg));
					case "--hex" -> builder.hex = true;
					case "--help", "-h" -> builder.help = true;
					default -> throw new IllegalArgumentException("unknown argument " + arg);
				}
			}
			return builder.build();
		}

		boolean phone() {
			return this.vendorClass.filter(Option43.MS_UC_CLIENT::equals).isPresent();
		}

		private static String value(String[] args, int index, String name) {
			if (index >= args.length) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			return args[index];
		}

		private static InetAddress ipv4(String text) {
			if (!text.matches("(\\d{1,3})(\\.\\d{1,3}){3}")) {
				throw new IllegalArgumentException("--server wants an IPv4 address like 192.0.2.1, not " + text);
			}
			try {
				return InetAddress.getByName(text);
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException("--server " + text + " is not an IPv4 address", ex);
			}
		}

		private static String vendorClass(String text) {
			if (text.isEmpty() || text.length() > 255 || !text.chars().allMatch((c) -> c >= 0x20 && c <= 0x7E)) {
				throw new IllegalArgumentException("--vendor-class wants 1 to 255 printable ASCII characters");
			}
			return text;
		}

		private static Duration timeout(String text) {
			if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 60) {
				throw new IllegalArgumentException("--timeout wants whole seconds from 1 to 60, not " + text);
			}
			return Duration.ofSeconds(Integer.parseInt(text));
		}

		private static int maxMessageSize(String text) {
			if (!text.matches("\\d{3,4}") || Integer.parseInt(text) < 576 || Integer.parseInt(text) > 1500) {
				throw new IllegalArgumentException("--max-message-size wants bytes from 576 to 1500, not " + text);
			}
			return Integer.parseInt(text);
		}

		private static final class Builder {

			private Optional<String> interfaceName = Optional.empty();

			private Optional<InetAddress> server = Optional.empty();

			private final List<MessageType> messages = new ArrayList<>();

			private Optional<String> vendorClass = Optional.of(Option43.MS_UC_CLIENT);

			private Duration timeout = Duration.ofSeconds(5);

			private int maxMessageSize;

			private boolean hex;

			private boolean help;

			ProbeArguments build() {
				List<MessageType> chosen = this.messages.isEmpty()
						? List.of(MessageType.DHCPDISCOVER, MessageType.DHCPINFORM) : List.copyOf(this.messages);
				return new ProbeArguments(this.interfaceName, this.server, chosen, this.vendorClass, this.timeout,
						this.maxMessageSize, this.hex, this.help);
			}

		}

	}

}
