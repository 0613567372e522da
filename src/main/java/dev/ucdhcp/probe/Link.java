package dev.ucdhcp.probe;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage.MessageType;

/**
 * The client's side of the link: its address (for ciaddr) and MAC (for chaddr), taken
 * from the interface named on the command line or the one that leads to the server.
 */
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
		InetAddress destination = (type == MessageType.DHCPINFORM) ? arguments.server().orElse(BROADCAST) : BROADCAST;
		// with --all-replies, listen for the whole timeout instead of stopping at the
		// server
		Optional<InetAddress> stopAt = arguments.verify().allReplies() ? Optional.empty() : arguments.server();
		return new PhoneClient.Query(type, arguments.vendorClass(), this.address, this.mac, destination, stopAt,
				arguments.timeout(), arguments.maxMessageSize(), Optional.empty());
	}

	/**
	 * The same request relayed from here to the server, as if the phone sat in the
	 * selected subnet.
	 */
	PhoneClient.Query relayed(MessageType type, ProbeArguments arguments, LinkSelection selection,
			Inet4Address ciaddr) {
		InetAddress server = arguments.server().orElseThrow();
		Optional<InetAddress> stopAt = arguments.verify().allReplies() ? Optional.empty() : arguments.server();
		return new PhoneClient.Query(type, arguments.vendorClass(), ciaddr, this.mac, server, stopAt,
				arguments.timeout(), arguments.maxMessageSize(), Optional.of(selection.relay(this.address)));
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
