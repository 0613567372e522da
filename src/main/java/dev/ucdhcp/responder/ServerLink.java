package dev.ucdhcp.responder;

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

	boolean holds(Ipv4Address client) {
		int mask = (this.prefixLength == 0) ? 0 : (int) (0xFFFFFFFFL << (32 - this.prefixLength));
		return ((client.bits() ^ this.address.bits()) & mask) == 0;
	}

	@Override
	public String toString() {
		return this.name + " " + this.address + "/" + this.prefixLength;
	}

}
