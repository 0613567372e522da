package dev.ucdhcp.support.wire;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;

/**
 * Run as a child JVM in a namespace: sends DHCPINFORMs crafted as an attacker (or a
 * relay) would, with any ciaddr, giaddr and MAC, then listens and prints one line per
 * BOOTREPLY received and {@code sent N replies M}. With {@code count=0} it only listens:
 * a phone's port 68, watching for replies it never asked for. Arguments are
 * {@code key=value}: to, from (source address), port (to listen on, 68), ciaddr, giaddr,
 * mac (hex, or "random" for a new one each time), count, rate (per second), listen
 * (milliseconds after the last datagram).
 */
public final class InformSender {

	private InformSender() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Map<String, String> given = new LinkedHashMap<>(Map.of("from", "0.0.0.0", "port", "68", "ciaddr", "0.0.0.0",
				"giaddr", "0.0.0.0", "mac", "02005e0000ee", "count", "1", "rate", "50", "listen", "2000"));
		for (String arg : args) {
			given.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		int count = Integer.parseInt(given.get("count"));
		long gapNanos = 1_000_000_000L / Integer.parseInt(given.get("rate"));
		Random random = new SecureRandom();
		try (DatagramSocket socket = new DatagramSocket(null)) {
			socket.setReuseAddress(true);
			socket.setBroadcast(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(given.get("from")),
					Integer.parseInt(given.get("port"))));
			long next = System.nanoTime();
			for (int i = 0; i < count; i++) {
				byte[] datagram = inform(given, random).encode();
				socket.send(new DatagramPacket(datagram, datagram.length, InetAddress.getByName(given.get("to")),
						DhcpMessage.SERVER_PORT));
				next += gapNanos;
				long wait = next - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
			}
			int replies = listen(socket, Long.parseLong(given.get("listen")));
			System.out.println("sent " + count + " replies " + replies);
		}
	}

	private static DhcpMessage inform(Map<String, String> given, Random random) throws IOException {
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		options.put(DhcpMessage.MESSAGE_TYPE, new byte[] { (byte) MessageType.DHCPINFORM.code() });
		options.put(DhcpMessage.VENDOR_CLASS, "MS-UC-Client".getBytes(StandardCharsets.US_ASCII));
		options.put(DhcpMessage.PARAMETER_REQUEST_LIST, new byte[] { 1, 3, 6, 15, 42, 43, 120 });
		byte[] mac;
		if ("random".equals(given.get("mac"))) {
			mac = new byte[6];
			random.nextBytes(mac);
			mac[0] = 2;
		}
		else {
			mac = HexFormat.of().parseHex(given.get("mac"));
		}
		return new DhcpMessage(DhcpMessage.BOOTREQUEST, random.nextInt(), 0, address(given.get("ciaddr")), new byte[4],
				address(given.get("giaddr")), mac, options);
	}

	private static byte[] address(String text) throws IOException {
		return InetAddress.getByName(text).getAddress();
	}

	private static int listen(DatagramSocket socket, long millis) throws IOException {
		return Replies.count(socket, millis, (packet, data) -> {
			if (data.length == 0 || data[0] != DhcpMessage.BOOTREPLY) {
				return false;
			}
			System.out.println("reply from " + packet.getAddress().getHostAddress() + ":" + packet.getPort()
					+ " ciaddr " + InetAddress.getByAddress(Arrays.copyOfRange(data, 12, 16)).getHostAddress()
					+ " length " + data.length);
			return true;
		});
	}

}
