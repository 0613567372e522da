package dev.ucdhcp.responder;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;

/**
 * The responder's own address on the interface it serves, and that interface's subnet.
 * Java cannot bind a socket to a device (no SO_BINDTODEVICE), so a direct client counts
 * as "on this interface" when it sends from this subnet.
 *
 * @param name the interface name, for log lines
 * @param address the server identifier (option 54) and the source of replies
 * @param prefixLength the interface's prefix length, 0 to 32
 */
record ServerLink(String name, Ipv4Address address, int prefixLength) {

	ServerLink {
		if (prefixLength < 0 || prefixLength > 32) {
			throw new IllegalArgumentException("prefix length " + prefixLength + " is not 0 to 32");
		}
	}

	/**
	 * The interface's IPv4 address that serves {@code served} (see
	 * {@link #choose(String, List, List, boolean)}).
	 */
	static ServerLink of(String name, List<Ipv4Network> served, boolean relay) throws IOException {
		NetworkInterface device = NetworkInterface.getByName(name);
		if (device == null) {
			throw new IOException("no network interface named " + name + " (see: ip -br addr)");
		}
		List<ServerLink> candidates = new ArrayList<>();
		for (InterfaceAddress address : device.getInterfaceAddresses()) {
			if (address.getAddress() instanceof Inet4Address ipv4) {
				candidates
					.add(new ServerLink(name, Ipv4Address.of(ipv4.getAddress()), address.getNetworkPrefixLength()));
			}
		}
		return choose(name, candidates, served, relay);
	}

	/**
	 * An interface may hold several addresses, and the kernel lists the newest first: a
	 * /32 virtual IP added for another service must not become the server identifier and
	 * the link. The address whose subnet overlaps a served scope wins; without one, the
	 * widest subnet (a /32 has no clients), then the lowest address.
	 */
	static ServerLink choose(String name, List<ServerLink> candidates, List<Ipv4Network> served, boolean relay)
			throws IOException {
		if (candidates.isEmpty()) {
			throw new IOException(name + " has no IPv4 address: the responder answers from it (option 54)");
		}
		Comparator<ServerLink> widestFirst = Comparator.comparingInt(ServerLink::prefixLength)
			.thenComparing((link) -> Integer.toUnsignedLong(link.address().bits()));
		Optional<ServerLink> inScope = candidates.stream()
			.filter((link) -> served.stream().anyMatch(link::overlaps))
			.min(widestFirst);
		if (inScope.isPresent() || (served.isEmpty() || relay)) {
			return inScope.orElseGet(() -> candidates.stream().min(widestFirst).orElseThrow());
		}
		throw new IOException("no address of " + name + " " + candidates.stream().map(ServerLink::cidr).toList()
				+ " lies in " + served + ": the phones of that scope are not on this link (with --allow-relay their"
				+ " relays are answered)");
	}

	boolean holds(Ipv4Address client) {
		return Addresses.holds(this.address, this.prefixLength, client);
	}

	private boolean overlaps(Ipv4Network network) {
		int shorter = Math.min(this.prefixLength, network.prefixLength());
		return Addresses.holds(this.address, shorter, network.address());
	}

	private String cidr() {
		return this.address + "/" + this.prefixLength;
	}

	@Override
	public String toString() {
		return this.name + " " + cidr();
	}

}
