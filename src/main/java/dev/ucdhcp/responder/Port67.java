package dev.ucdhcp.responder;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;

import dev.ucdhcp.dhcp.DhcpMessage;

/** The DHCP server port, and what to tell an administrator when it cannot be had. */
final class Port67 {

	private Port67() {
	}

	/**
	 * Port 67 on all addresses, broadcasts included: phones send DHCPINFORM to the
	 * limited broadcast address or straight to a server. No SO_REUSEADDR: a DHCP server
	 * already on port 67 here must make the start fail, not share the port unseen.
	 */
	static DatagramSocket bind() throws IOException {
		DatagramSocket socket = new DatagramSocket(null);
		try {
			socket.setBroadcast(true);
			socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[4]), DhcpMessage.SERVER_PORT));
			return socket;
		}
		catch (BindException ex) {
			socket.close();
			throw new IOException(bindProblem(ex), ex);
		}
		catch (SocketException ex) {
			socket.close();
			throw ex;
		}
	}

	static String bindProblem(BindException ex) {
		String reason = String.valueOf(ex.getMessage());
		if (reason.contains("ermission")) {
			return "not permitted to listen on UDP port 67 (" + reason + "): run as root, or better as a"
					+ " user with CAP_NET_BIND_SERVICE only (systemd: AmbientCapabilities=CAP_NET_BIND_SERVICE,"
					+ " see deploy/ucdhcp-responder.service)";
		}
		if (reason.contains("in use")) {
			return "UDP port 67 is taken (" + reason + "): a DHCP server (dhcpd, Kea, dnsmasq, systemd-networkd)"
					+ " or another responder runs on this host; see: ss -ulpn 'sport = :67'. Run the responder on"
					+ " another host of the phones' link";
		}
		return "cannot listen on UDP port 67: " + reason;
	}

}
