package dev.ucdhcp.vendors;

import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;

/**
 * The dynamic range a scoped config starts with: after the first host (left for the
 * router), at most 253 addresses. A /8 range would make {@code dhcpd -t} build 16 million
 * lease structures; the administrator widens it on purpose.
 */
record AddressRange(Ipv4Address first, Ipv4Address last) {

	static final int MAX_ADDRESSES = 253;

	static AddressRange of(Ipv4Network scope) {
		Ipv4Address first = scope.firstHost().plus(1);
		long last = Math.min(Integer.toUnsignedLong(first.bits()) + MAX_ADDRESSES - 1,
				Integer.toUnsignedLong(scope.lastHost().bits()));
		return new AddressRange(first, new Ipv4Address((int) last));
	}

}
