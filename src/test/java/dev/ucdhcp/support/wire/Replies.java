package dev.ucdhcp.support.wire;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * What the senders run in a phone's namespace hear back: every datagram until a deadline,
 * each shown to a {@link Reply} that prints it and says whether it counts.
 */
final class Replies {

	private Replies() {
	}

	/** One datagram received. */
	interface Reply {

		/** Whether it counts as a reply; {@code data} is its payload. */
		boolean counts(DatagramPacket packet, byte[] data) throws IOException;

	}

	/** How many datagrams counted until {@code millis} had passed. */
	static int count(DatagramSocket socket, long millis, Reply reply) throws IOException {
		int replies = 0;
		long deadline = System.currentTimeMillis() + millis;
		byte[] buffer = new byte[2048];
		while (System.currentTimeMillis() < deadline) {
			socket.setSoTimeout((int) Math.max(1, deadline - System.currentTimeMillis()));
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				socket.receive(packet);
			}
			catch (SocketTimeoutException ex) {
				break;
			}
			if (reply.counts(packet, Arrays.copyOfRange(packet.getData(), 0, packet.getLength()))) {
				replies++;
			}
		}
		return replies;
	}

}
