package dev.ucdhcp.probe;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Option43;

/** The command line, validated. */
record ProbeArguments(Optional<String> interfaceName, Optional<InetAddress> server, List<MessageType> messages,
		Optional<String> vendorClass, Duration timeout, int maxMessageSize, boolean hex, boolean help,
		VerifyOptions verify) {

	static ProbeArguments parse(String[] args) {
		Builder builder = new Builder();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--interface" -> builder.interfaceName = Optional.of(value(args, ++i, arg));
				case "--server" -> builder.server = Optional.of(VerifyOptions.Builder.ipv4(arg, value(args, ++i, arg)));
				case "--inform" -> builder.messages.add(MessageType.DHCPINFORM);
				case "--discover" -> builder.messages.add(MessageType.DHCPDISCOVER);
				case "--vendor-class" -> builder.vendorClass = Optional.of(vendorClass(value(args, ++i, arg)));
				case "--no-vendor-class" -> builder.vendorClass = Optional.empty();
				case "--timeout" -> builder.timeout = timeout(value(args, ++i, arg));
				case "--max-message-size" -> builder.maxMessageSize = maxMessageSize(value(args, ++i, arg));
				case "--hex" -> builder.hex = true;
				case "--help", "-h" -> builder.help = true;
				default -> i += verifyFlag(builder, args, i);
			}
		}
		return builder.build();
	}

	/**
	 * @return how many more arguments than the flag itself it took
	 */
	private static int verifyFlag(Builder builder, String[] args, int i) {
		int taken = builder.verify.accept(args, i);
		if (taken == 0) {
			throw new IllegalArgumentException("unknown argument " + VerifyOptions.safe(args[i]));
		}
		return taken - 1;
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

		private final VerifyOptions.Builder verify = new VerifyOptions.Builder();

		ProbeArguments build() {
			VerifyOptions verifyOptions = this.verify.build();
			if (verifyOptions.relayed() && this.server.isEmpty()) {
				throw new IllegalArgumentException(
						"--link-selection and --sites relay to one server: give --server IP");
			}
			List<MessageType> chosen = this.messages.isEmpty()
					? List.of(MessageType.DHCPDISCOVER, MessageType.DHCPINFORM) : List.copyOf(this.messages);
			return new ProbeArguments(this.interfaceName, this.server, chosen, this.vendorClass, this.timeout,
					this.maxMessageSize, this.hex, this.help, verifyOptions);
		}

	}

}
