package dev.ucdhcp.responder;

import dev.ucdhcp.encoding.Ipv4Address;

/** Header values as log lines and checks need them. */
final class Addresses {

	static final Ipv4Address ZERO = new Ipv4Address(0);

	private Addresses() {
	}

}
