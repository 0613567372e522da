package dev.ucdhcp.responder;

import java.util.Optional;

import dev.ucdhcp.encoding.Ipv4Address;

/** Header values as log lines and checks need them. */
final class Addresses {

	static final Ipv4Address ZERO = new Ipv4Address(0);

	static final Ipv4Address LIMITED_BROADCAST = new Ipv4Address(-1);

	private Addresses() {
	}

	static int mask(int prefixLength) {
		return (prefixLength == 0) ? 0 : (int) (0xFFFFFFFFL << (32 - prefixLength));
	}

	static boolean holds(Ipv4Address network, int prefixLength, Ipv4Address address) {
		return ((address.bits() ^ network.bits()) & mask(prefixLength)) == 0;
	}

	/**
	 * Why {@code address} cannot be one host of the network {@code network/prefixLength}
	 * holds, or empty when it can. A reply to a network's all-ones address is a broadcast
	 * over the whole link; its all-zeros address was once a broadcast too (RFC 1122
	 * 3.3.6). Networks of /31 and /32 have neither (RFC 3021).
	 */
	static Optional<String> notAHost(Ipv4Address address, Ipv4Address network, int prefixLength) {
		int octet = address.bits() >>> 24;
		if (address.equals(ZERO) || address.equals(LIMITED_BROADCAST)) {
			return Optional
				.of(address + " is the " + (address.equals(ZERO) ? "unspecified" : "limited broadcast") + " address");
		}
		if (octet == 127 || octet >= 224) {
			return Optional.of(address + " is a loopback, multicast or reserved address");
		}
		if (prefixLength <= 30 && holds(network, prefixLength, address)) {
			int hostBits = address.bits() & ~mask(prefixLength);
			if (hostBits == 0 || hostBits == ~mask(prefixLength)) {
				return Optional.of(address + " is the " + (hostBits == 0 ? "network" : "broadcast") + " address of "
						+ new Ipv4Address(network.bits() & mask(prefixLength)) + "/" + prefixLength);
			}
		}
		return Optional.empty();
	}

}
