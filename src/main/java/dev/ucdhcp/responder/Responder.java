package dev.ucdhcp.responder;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MalformedMessageException;
import dev.ucdhcp.responder.Decision.Answer;
import dev.ucdhcp.responder.Decision.Ignored;
import dev.ucdhcp.responder.Decision.Reason;

/**
 * The receive loop: every datagram on port 67 is read, decided on and answered or
 * counted. Nothing a datagram holds ends the loop; only closing the socket does.
 */
final class Responder {

	/** Larger than any Ethernet frame: a longer datagram is cut and then refused. */
	private static final int MAX_DATAGRAM = 2048;

	private static final long BACKOFF_MILLIS = 100;

	private final InformPolicy policy;

	private final RateLimit rateLimit;

	private final ResponderLog log;

	Responder(InformPolicy policy, RateLimit rateLimit, ResponderLog log) {
		this.policy = policy;
		this.rateLimit = rateLimit;
		this.log = log;
	}

	/** Serves until the socket is closed (that is how SIGTERM stops it). */
	void serve(DatagramSocket socket) {
		byte[] buffer = new byte[MAX_DATAGRAM];
		while (!socket.isClosed()) {
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				socket.receive(packet);
			}
			catch (IOException ex) {
				if (!socket.isClosed()) {
					this.log.warning("receive failed (" + ex.getMessage() + "); going on");
					pause();
				}
				continue;
			}
			Decision decision;
			try {
				decision = decide(Arrays.copyOfRange(packet.getData(), packet.getOffset(),
						packet.getOffset() + packet.getLength()));
			}
			catch (RuntimeException ex) {
				// A bug must cost one datagram, never the branch's phones.
				this.log.warning("could not handle a datagram: " + ex);
				continue;
			}
			String from = packet.getAddress().getHostAddress() + ":" + packet.getPort();
			if (decision instanceof Answer answer) {
				send(socket, answer);
			}
			else if (decision instanceof Ignored ignored) {
				this.log.ignored(ignored, from);
			}
		}
		this.log.summaryIfDue(true);
	}

	/** Parses, decides and rate-limits one datagram; logs answers. */
	Decision decide(byte[] datagram) {
		DhcpMessage request;
		try {
			request = DhcpMessage.parse(datagram);
		}
		catch (MalformedMessageException | IllegalArgumentException ex) {
			return new Ignored(Reason.MALFORMED, ex.getMessage());
		}
		Decision decision = this.policy.decide(request);
		if (decision instanceof Answer && !this.rateLimit.allow(request.chaddr())) {
			return new Ignored(Reason.RATE_LIMITED,
					DhcpMessage.macText(request.chaddr()) + " asked too often (rate limit per client)");
		}
		if (decision instanceof Answer answer) {
			this.log.answered(request, answer);
		}
		return decision;
	}

	private void send(DatagramSocket socket, Answer answer) {
		byte[] reply = answer.reply().encode();
		try {
			InetAddress to = InetAddress.getByAddress(answer.destination().bytes());
			socket.send(new DatagramPacket(reply, reply.length, to, answer.port()));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("4 bytes are always an address", ex);
		}
		catch (IOException ex) {
			this.log.warning("could not send the DHCPACK to " + answer.destination() + ": " + ex.getMessage());
		}
	}

	private static void pause() {
		try {
			Thread.sleep(BACKOFF_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
