package dev.ucdhcp.support.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;

/**
 * Run as a child JVM in the client namespace: sends seeded noise to the responder (random
 * bytes, truncated headers, a wrong magic cookie, option lengths that overrun, option 52
 * overload loops, every DHCP message type but DHCPINFORM, DHCPINFORM from a non-Ethernet
 * client) from port 68, to the server and to the broadcast address, then listens on port
 * 68 and prints one line per reply and {@code sent N replies M}. None of the datagrams is
 * a readable DHCPINFORM, so every reply is a failure.
 */
public final class NoiseSender {

	private static final byte[] CLIENT = { (byte) 192, 0, 2, 10 };

	private static final int LISTEN_MILLIS = 3000;

	private NoiseSender() {
	}

	/** Arguments: server address, seed, count. */
	public static void main(String[] args) throws IOException {
		InetAddress server = InetAddress.getByName(args[0]);
		Random random = new Random(Long.parseLong(args[1]));
		int count = Integer.parseInt(args[2]);
		InetAddress broadcast = InetAddress.getByAddress(new byte[] { -1, -1, -1, -1 });
		try (DatagramSocket socket = new DatagramSocket(null)) {
			socket.setBroadcast(true);
			socket.bind(new InetSocketAddress(DhcpMessage.CLIENT_PORT));
			for (int i = 0; i < count; i++) {
				byte[] datagram = noise(random);
				socket.send(new DatagramPacket(datagram, datagram.length, (i % 4 == 0) ? broadcast : server,
						DhcpMessage.SERVER_PORT));
				if (i % 25 == 24) {
					// paced so the receive buffer keeps up: each datagram should be read,
					// not dropped
					pause();
				}
			}
			int replies = listen(socket);
			System.out.println("sent " + count + " replies " + replies);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int listen(DatagramSocket socket) throws IOException {
		return Replies.count(socket, LISTEN_MILLIS, (packet, data) -> {
			System.out.println("reply from " + packet.getAddress().getHostAddress() + ": "
					+ Arrays.toString(Arrays.copyOf(data, Math.min(data.length, 16))));
			return true;
		});
	}

	public static byte[] noise(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> randomBytes(random, random.nextInt(1500));
			case 1 -> Arrays.copyOf(inform(random), random.nextInt(240));
			case 2 -> {
				byte[] datagram = inform(random);
				datagram[236 + random.nextInt(4)] ^= (byte) (1 + random.nextInt(255));
				yield datagram;
			}
			case 3 -> overrun(random);
			case 4 -> overloadLoop(random, MessageType.DHCPDISCOVER);
			case 5 -> overloadOverrun(random);
			case 6 -> notAnInform(random);
			default -> {
				byte[] datagram = inform(random);
				datagram[1] = (byte) (2 + random.nextInt(254));
				yield datagram;
			}
		};
	}

	/** An INFORM whose last option claims more bytes than the datagram has. */
	private static byte[] overrun(Random random) {
		byte[] inform = inform(random);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(inform, 0, endOfOptions(inform));
		out.write(1 + random.nextInt(254));
		int declared = 2 + random.nextInt(250);
		out.write(declared);
		out.writeBytes(randomBytes(random, random.nextInt(declared - 1)));
		return out.toByteArray();
	}

	/** Option 52 pointing at file and sname, which point at each other again. */
	private static byte[] overloadLoop(Random random, MessageType type) {
		byte[] datagram = message(random, type, Map.of(52, new byte[] { 3 }));
		for (int field : new int[] { 44, 108 }) {
			datagram[field] = 52;
			datagram[field + 1] = 1;
			datagram[field + 2] = 3;
			datagram[field + 3] = (byte) 255;
		}
		return datagram;
	}

	/** An INFORM overloaded into a file field whose only option overruns it. */
	private static byte[] overloadOverrun(Random random) {
		byte[] datagram = message(random, MessageType.DHCPINFORM, Map.of(52, new byte[] { 1 }));
		datagram[108 + 120] = 43;
		datagram[108 + 121] = (byte) (9 + random.nextInt(240));
		return datagram;
	}

	private static byte[] notAnInform(Random random) {
		MessageType[] others = Arrays.stream(MessageType.values())
			.filter((type) -> type != MessageType.DHCPINFORM)
			.toArray(MessageType[]::new);
		if (random.nextInt(10) == 0) {
			byte[] reply = inform(random);
			reply[0] = (byte) DhcpMessage.BOOTREPLY;
			return reply;
		}
		return message(random, others[random.nextInt(others.length)], Map.of());
	}

	private static byte[] inform(Random random) {
		return message(random, MessageType.DHCPINFORM, Map.of());
	}

	private static byte[] message(Random random, MessageType type, Map<Integer, byte[]> extra) {
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		options.put(DhcpMessage.MESSAGE_TYPE, new byte[] { (byte) type.code() });
		options.putAll(extra);
		options.put(DhcpMessage.VENDOR_CLASS, "MS-UC-Client".getBytes(StandardCharsets.US_ASCII));
		options.put(DhcpMessage.PARAMETER_REQUEST_LIST, new byte[] { 1, 3, 6, 15, 42, 43, 120 });
		byte[] mac = randomBytes(random, 6);
		mac[0] = 2;
		return new DhcpMessage(DhcpMessage.BOOTREQUEST, random.nextInt(), 0, CLIENT, new byte[4], mac, options)
			.encode();
	}

	private static int endOfOptions(byte[] datagram) {
		int i = 240;
		while (i < datagram.length && (datagram[i] & 0xFF) != 255) {
			i += 2 + (datagram[i + 1] & 0xFF);
		}
		return i;
	}

	private static byte[] randomBytes(Random random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

}
