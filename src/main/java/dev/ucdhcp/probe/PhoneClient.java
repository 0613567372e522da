package dev.ucdhcp.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;

/**
 * Asks DHCP servers what a Lync / Skype for Business phone would get: sends DHCPINFORM or
 * DHCPDISCOVER the way the phones do (option 60 {@code MS-UC-Client}, option 55 asking
 * for 1, 3, 6, 15, 42, 43, 120) from UDP port 68 and collects the replies that carry its
 * transaction id, within a bounded time. It never sends DHCPREQUEST, so no lease is
 * taken.
 */
public final class PhoneClient {

	public static final int CLIENT_PORT = 68;

	public static final int SERVER_PORT = 67;

	/** Subnet mask, router, DNS, domain name, NTP, vendor-specific, SIP servers. */
	static final byte[] PHONE_PARAMETER_REQUEST_LIST = { 1, 3, 6, 15, 42, 43, 120 };

	private static final int MAX_DATAGRAM = 1500;

	/**
	 * Replies kept per message: a link flooded with forged replies cannot grow the report
	 * without bound.
	 */
	static final int MAX_REPLIES = 64;

	private final int clientPort;

	private final int serverPort;

	private final int relayPort;

	private final SecureRandom random = new SecureRandom();

	public PhoneClient() {
		this(CLIENT_PORT, SERVER_PORT, SERVER_PORT);
	}

	/** Other ports than 68 and 67 are for tests on the loopback interface only. */
	PhoneClient(int clientPort, int serverPort, int relayPort) {
		this.clientPort = clientPort;
		this.serverPort = serverPort;
		this.relayPort = relayPort;
	}

	/**
	 * What to send and where.
	 *
	 * @param type {@link MessageType#DHCPINFORM} or {@link MessageType#DHCPDISCOVER}
	 * @param vendorClass option 60, or empty to send none
	 * @param ciaddr the client's own address (required by RFC 2131 for DHCPINFORM)
	 * @param mac the client's hardware address
	 * @param destination the server, or the limited broadcast address
	 * @param server when present, stop at the first reply from this server
	 * @param timeout how long to wait for replies, in total
	 * @param maxMessageSize option 57, or 0 to send none (servers then keep replies
	 * within 576 bytes, RFC 2131 section 2)
	 * @param relay when present, the probe sends as a relay agent from the centre
	 */
	public record Query(MessageType type, Optional<String> vendorClass, Inet4Address ciaddr, byte[] mac,
			InetAddress destination, Optional<InetAddress> server, Duration timeout, int maxMessageSize,
			Optional<Relay> relay) {

		public Query {
			mac = mac.clone();
		}

		@Override
		public byte[] mac() {
			return this.mac.clone();
		}

	}

	/**
	 * The relay agent the probe plays: its own address goes into giaddr, so the server
	 * answers it on UDP 67; the options (118, then 82 last as RFC 3046 asks) say which
	 * subnet the phone is in.
	 */
	public record Relay(Inet4Address giaddr, Map<Integer, byte[]> options) {

		public Relay {
			Map<Integer, byte[]> copy = new LinkedHashMap<>();
			options.forEach((code, value) -> copy.put(code, value.clone()));
			options = Collections.unmodifiableMap(copy);
		}

	}

	/** A reply and the address it came from. */
	public record Reply(InetAddress from, DhcpMessage message) {

		/**
		 * The server identifier (option 54) when the server sent one, else the source.
		 */
		public InetAddress server() {
			return this.message.option(DhcpMessage.SERVER_IDENTIFIER).flatMap(PhoneClient::address).orElse(this.from);
		}

	}

	public DhcpMessage request(Query query, int xid) {
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		options.put(DhcpMessage.MESSAGE_TYPE, new byte[] { (byte) query.type().code() });
		query.vendorClass()
			.ifPresent((vendorClass) -> options.put(DhcpMessage.VENDOR_CLASS,
					vendorClass.getBytes(StandardCharsets.US_ASCII)));
		options.put(DhcpMessage.PARAMETER_REQUEST_LIST, PHONE_PARAMETER_REQUEST_LIST.clone());
		if (query.maxMessageSize() > 0) {
			options.put(DhcpMessage.MAX_MESSAGE_SIZE,
					new byte[] { (byte) (query.maxMessageSize() >> 8), (byte) query.maxMessageSize() });
		}
		boolean inform = query.type() == MessageType.DHCPINFORM;
		byte[] ciaddr = inform ? query.ciaddr().getAddress() : new byte[4];
		if (query.relay().isPresent()) {
			Relay relay = query.relay().get();
			relay.options().forEach(options::put);
			return new DhcpMessage(DhcpMessage.BOOTREQUEST, xid, 0, ciaddr, new byte[4], relay.giaddr().getAddress(),
					query.mac(), options);
		}
		// A DISCOVER comes from a client without an address: ask for a broadcast reply so
		// that it reaches us whatever the server thinks of ARP (RFC 2131 section 4.1).
		int flags = inform ? 0 : DhcpMessage.BROADCAST_FLAG;
		return new DhcpMessage(DhcpMessage.BOOTREQUEST, xid, flags, ciaddr, new byte[4], query.mac(), options);
	}

	/**
	 * Sends the query once and returns every matching reply received before the timeout
	 * (or the first one from {@link Query#server()}).
	 * @throws IOException when port 68 cannot be bound or the datagram cannot be sent
	 */
	public List<Reply> ask(Query query) throws IOException {
		int xid = this.random.nextInt();
		DhcpMessage request = request(query, xid);
		long deadline = System.nanoTime() + query.timeout().toNanos();
		try (DatagramSocket socket = new DatagramSocket(null)) {
			socket.setReuseAddress(true);
			socket.setBroadcast(true);
			// a relay agent is answered on the server port (RFC 2131 section 4.1)
			socket.bind(new InetSocketAddress(query.relay().isPresent() ? this.relayPort : this.clientPort));
			byte[] datagram = request.encode();
			socket.send(new DatagramPacket(datagram, datagram.length, query.destination(), this.serverPort));
			return receive(socket, request, query, deadline);
		}
	}

	private List<Reply> receive(DatagramSocket socket, DhcpMessage request, Query query, long deadline)
			throws IOException {
		List<Reply> replies = new ArrayList<>();
		byte[] buffer = new byte[MAX_DATAGRAM];
		while (true) {
			long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
			if (remainingMillis <= 0) {
				return replies;
			}
			socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				socket.receive(packet);
			}
			catch (SocketTimeoutException ex) {
				return replies;
			}
			Optional<Reply> reply = answer(packet, request);
			if (reply.isPresent()) {
				replies.add(reply.get());
				if (replies.size() >= MAX_REPLIES
						|| query.server().filter((server) -> fromServer(reply.get(), server)).isPresent()) {
					return replies;
				}
			}
		}
	}

	private static boolean fromServer(Reply reply, InetAddress server) {
		return reply.server().equals(server) || reply.from().equals(server);
	}

	/**
	 * Our own broadcasts and other clients' traffic arrive on port 68 too: keep ours
	 * only.
	 */
	private static Optional<Reply> answer(DatagramPacket packet, DhcpMessage request) {
		DhcpMessage message;
		try {
			message = DhcpMessage.parse(
					Arrays.copyOfRange(packet.getData(), packet.getOffset(), packet.getOffset() + packet.getLength()));
		}
		catch (DhcpMessage.MalformedMessageException ex) {
			return Optional.empty();
		}
		boolean ours = message.op() == DhcpMessage.BOOTREPLY && message.xid() == request.xid()
				&& Arrays.equals(message.chaddr(), request.chaddr());
		return ours ? Optional.of(new Reply(packet.getAddress(), message)) : Optional.empty();
	}

	static Optional<InetAddress> address(byte[] bytes) {
		if (bytes.length != 4) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByAddress(bytes));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
