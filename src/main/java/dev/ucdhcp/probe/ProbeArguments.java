package dev.ucdhcp.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.cli.Values;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Option43;
import picocli.CommandLine.Option;

/**
 * The probe's own options (a mixin of {@link ProbeCommand}), each checked as it is read.
 * A new option is one annotated field or setter here, plus its accessor.
 */
final class ProbeArguments {

	private Optional<String> interfaceName = Optional.empty();

	private Optional<InetAddress> server = Optional.empty();

	private final List<MessageType> messages = new ArrayList<>();

	private Optional<String> vendorClass = Optional.of(Option43.MS_UC_CLIENT);

	private Duration timeout = Duration.ofSeconds(5);

	private int maxMessageSize;

	@Option(names = "--hex", description = "also print one machine-readable line per option received:"
			+ " wire <sent> <received> <server> <code> <HEX> (- when empty)")
	private boolean hex;

	@Option(names = "--interface", paramLabel = "NAME", description = "take the client address (ciaddr) and MAC"
			+ " from this interface (default: towards --server, else the first that is up)")
	void interfaceName(String text) {
		this.interfaceName = Optional.of(Values.interfaceName("--interface", text));
	}

	@Option(names = "--server", paramLabel = "IP",
			description = "send DHCPINFORM to this server (else broadcast) and stop at its first reply")
	void server(String text) {
		this.server = Optional.of(ipv4(text));
	}

	@Option(names = "--inform", description = "send only DHCPINFORM (what phones use to ask for 43 and 120)")
	void inform(boolean inform) {
		this.messages.add(MessageType.DHCPINFORM);
	}

	@Option(names = "--discover", description = "send only DHCPDISCOVER (broadcast; no DHCPREQUEST follows, no lease);"
			+ " without either, both are sent: DISCOVER first, then INFORM")
	void discover(boolean discover) {
		this.messages.add(MessageType.DHCPDISCOVER);
	}

	@Option(names = "--vendor-class", paramLabel = "V", description = "option 60 to send (default MS-UC-Client)")
	void vendorClass(String text) {
		if (text.isEmpty() || text.length() > 255 || !text.chars().allMatch((c) -> c >= 0x20 && c <= 0x7E)) {
			throw new IllegalArgumentException("--vendor-class wants 1 to 255 printable ASCII characters");
		}
		this.vendorClass = Optional.of(text);
	}

	@Option(names = "--no-vendor-class", description = "send no option 60")
	void noVendorClass(boolean none) {
		this.vendorClass = Optional.empty();
	}

	@Option(names = "--timeout", paramLabel = "SECONDS",
			description = "how long to wait for replies to each message (default 5, at most 60)")
	void timeout(String text) {
		this.timeout = Duration.ofSeconds(Values.wholeNumber("--timeout", text, 1, 60, "whole seconds"));
	}

	@Option(names = "--max-message-size", paramLabel = "BYTES",
			description = "send option 57 (576 to 1500); without it servers keep the reply within 576 bytes"
					+ " and may drop a long option 43 or 120")
	void maxMessageSize(String text) {
		this.maxMessageSize = Values.wholeNumber("--max-message-size", text, 576, 1500, "bytes");
	}

	Optional<String> interfaceName() {
		return this.interfaceName;
	}

	Optional<InetAddress> server() {
		return this.server;
	}

	/**
	 * What to send, in the order asked; without {@code --inform} or {@code --discover}
	 * both.
	 */
	List<MessageType> messages() {
		return this.messages.isEmpty() ? List.of(MessageType.DHCPDISCOVER, MessageType.DHCPINFORM)
				: List.copyOf(this.messages);
	}

	Optional<String> vendorClass() {
		return this.vendorClass;
	}

	Duration timeout() {
		return this.timeout;
	}

	int maxMessageSize() {
		return this.maxMessageSize;
	}

	boolean hex() {
		return this.hex;
	}

	boolean phone() {
		return this.vendorClass.filter(Option43.MS_UC_CLIENT::equals).isPresent();
	}

	private static InetAddress ipv4(String text) {
		if (!text.matches("(\\d{1,3})(\\.\\d{1,3}){3}")) {
			throw new IllegalArgumentException(
					"--server wants an IPv4 address like 192.0.2.1, not " + text.replaceAll("[^\\x21-\\x7E]", "?"));
		}
		try {
			return InetAddress.getByName(text);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("--server " + text + " is not an IPv4 address", ex);
		}
	}

}
