package dev.ucdhcp.responder;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;

import dev.ucdhcp.encoding.Ipv4Address;

/**
 * The responder's own address on the interface it serves, and that interface's subnet.
 * Java cannot bind a socket to a device (no SO_BINDTODEVICE), so a direct client counts
 * as "on this interface" when its ciaddr lies in this subnet.
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

	/** The interface's first IPv4 address and its prefix length. */
	static ServerLink of(String name) throws IOException {
		NetworkInterface device = NetworkInterface.getByName(name);
		if (device == null) {
			throw new IOException("no network interface named " + name + " (see: ip -br addr)");
		}
		for (InterfaceAddress address : device.getInterfaceAddresses()) {
			if (address.getAddress() instanceof Inet4Address ipv4) {
				return new ServerLink(name, Ipv4Address.parse(ipv4.getHostAddress()), address.getNetworkPrefixLength());
			}
		}
		throw new IOException(name + " has no IPv4 address: the responder answers from it (option 54)");
	}

	boolean holds(Ipv4Address client) {
		int mask = (this.prefixLength == 0) ? 0 : (int) (0xFFFFFFFFL << (32 - this.prefixLength));
		return ((client.bits() ^ this.address.bits()) & mask) == 0;
	}

	@Override
	public String toString() {
		return this.name + " " + this.address + "/" + this.prefixLength;
	}

}
