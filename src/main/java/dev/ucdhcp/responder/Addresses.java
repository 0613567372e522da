package dev.ucdhcp.responder;

import java.nio.ByteBuffer;

import dev.ucdhcp.encoding.Ipv4Address;

/** Four header bytes as an address, and back. */
final class Addresses {

	static final Ipv4Address ZERO = new Ipv4Address(0);

	private Addresses() {
	}

	static Ipv4Address of(byte[] fourBytes) {
		return new Ipv4Address(ByteBuffer.wrap(fourBytes).getInt());
	}

	static String mac(byte[] mac) {
		StringBuilder text = new StringBuilder();
		for (byte b : mac) {
			text.append(text.isEmpty() ? "" : ":").append(String.format("%02x", b & 0xFF));
		}
		return text.toString();
	}

}
