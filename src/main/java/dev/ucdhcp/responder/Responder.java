package dev.ucdhcp.responder;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.function.Consumer;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MalformedMessageException;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.responder.Decision.Answer;
import dev.ucdhcp.responder.Decision.Ignored;
import dev.ucdhcp.responder.Decision.Reason;

/**
 * The receive loops: every datagram on port 67 is read, decided on and answered or
 * counted. Nothing a datagram holds ends a loop; only closing the sockets does.
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

	/**
	 * Serves until the sockets are closed (that is how SIGTERM stops it): the broadcast
	 * socket on a thread of its own, replies always from the unicast one (its source is
	 * the server identifier).
	 */
	void serve(Port67 sockets) {
		Thread broadcasts = new Thread(() -> receive(sockets.broadcast(), sockets.unicast()),
				"ucdhcp-responder-broadcast");
		broadcasts.setDaemon(true);
		broadcasts.start();
		receive(sockets.unicast(), sockets.unicast());
		sockets.close();
		try {
			broadcasts.join(BACKOFF_MILLIS * 10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.log.summaryIfDue(true);
	}

	private void receive(DatagramSocket socket, DatagramSocket replies) {
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
			try {
				handle(Arrays.copyOfRange(packet.getData(), packet.getOffset(),
						packet.getOffset() + packet.getLength()), packet.getAddress(), packet.getPort(),
						(answer) -> send(replies, answer));
			}
			catch (RuntimeException ex) {
				// A bug must cost one datagram, never the branch's phones.
				this.log.warning("could not handle a datagram: " + ex);
			}
		}
	}

	/**
	 * Decides on one datagram and sends the reply, then logs it: the log never delays the
	 * reply (and it never blocks, see AsyncLines).
	 */
	synchronized void handle(byte[] datagram, InetAddress from, int port, Consumer<Answer> sender) {
		Ipv4Address source = Ipv4Address.of(from.getAddress());
		DhcpMessage request;
		try {
			request = DhcpMessage.parse(datagram);
		}
		catch (MalformedMessageException | IllegalArgumentException ex) {
			this.log.ignored(new Ignored(Reason.MALFORMED, ex.getMessage()), source + ":" + port);
			return;
		}
		Decision decision = decide(request, source);
		if (decision instanceof Answer answer) {
			sender.accept(answer);
			this.log.answered(request, answer);
		}
		else if (decision instanceof Ignored ignored) {
			this.log.ignored(ignored, source + ":" + port);
		}
	}

	/** Decides and rate-limits one request from {@code source}. */
	private Decision decide(DhcpMessage request, Ipv4Address source) {
		Decision decision = this.policy.decide(request, source);
		Ipv4Address client = Ipv4Address.of(request.ciaddr());
		if (decision instanceof Answer && !this.rateLimit.allow(client)) {
			return new Ignored(Reason.RATE_LIMITED, client + " asked too often (rate limit per client address)");
		}
		return decision;
	}

	ResponderLog log() {
		return this.log;
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
