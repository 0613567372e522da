package dev.ucdhcp.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Option43;

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
