package dev.ucdhcp.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Asks a time server for the time the way a phone does (SNTP, RFC 4330: one 48-byte
 * client request, mode 3) and accepts a server reply (mode 4) from a synchronised server
 * (stratum 1 to 15; 0 is a kiss-o'-death or an unsynchronised server).
 */
final class SntpCheck {

	static final int NTP_PORT = 123;

	private static final int PACKET = 48;

	private final int port;

	private final Duration timeout;

	SntpCheck(int port, Duration timeout) {
		this.port = port;
		this.timeout = timeout;
	}

	/**
	 * @return the server's stratum
	 * @throws IOException saying why the phone cannot set its clock from it
	 */
	int ask(InetAddress server) throws IOException {
		byte[] request = new byte[PACKET];
		// LI 0, version 4, mode 3 (client)
		request[0] = 0x23;
		try (DatagramSocket socket = new DatagramSocket()) {
			socket.setSoTimeout((int) this.timeout.toMillis());
			socket.send(new DatagramPacket(request, PACKET, server, this.port));
			byte[] buffer = new byte[512];
			DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
			socket.receive(reply);
			int mode = buffer[0] & 0x07;
			int stratum = buffer[1] & 0xFF;
			if (reply.getLength() < PACKET || mode != 4) {
				throw new IOException("time server " + server.getHostAddress() + " sent no SNTP server reply");
			}
			if (stratum == 0 || stratum > 15) {
				throw new IOException(
						"time server " + server.getHostAddress() + " is not synchronised (stratum " + stratum + ")");
			}
			return stratum;
		}
		catch (SocketTimeoutException ex) {
			throw new IOException("time server " + server.getHostAddress() + " did not answer within "
					+ this.timeout.toSeconds() + " s", ex);
		}
	}

}
