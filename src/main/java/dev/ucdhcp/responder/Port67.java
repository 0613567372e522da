package dev.ucdhcp.responder;

import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;

import dev.ucdhcp.dhcp.DhcpMessage;

/**
 * The DHCP server port on the served interface, and what to tell an administrator when it
 * cannot be had.
 *
 * @param unicast port 67 of the interface's address: DHCPINFORMs sent straight to the
 * server, relayed ones, and every reply goes out from it
 * @param broadcast port 67 of 255.255.255.255: DHCPINFORMs a phone broadcasts
 */
record Port67(DatagramSocket unicast, DatagramSocket broadcast) implements Closeable {

	private static final byte[] LIMITED_BROADCAST = { -1, -1, -1, -1 };

	/**
	 * Not port 67 of every address: a datagram to the host's address on another link is
	 * not for this responder. The JDK binds no socket to a device (no SO_BINDTODEVICE),
	 * so the broadcast socket still hears every link; the policy then answers only
	 * senders of this interface's subnet. No SO_REUSEADDR: a DHCP server already on port
	 * 67 here must make the start fail, not share the port unseen.
	 */
	static Port67 bind(ServerLink link) throws IOException {
		DatagramSocket unicast = bind(InetAddress.getByAddress(link.address().bytes()));
		try {
			return new Port67(unicast, bind(InetAddress.getByAddress(LIMITED_BROADCAST)));
		}
		catch (IOException ex) {
			unicast.close();
			throw ex;
		}
	}

	private static DatagramSocket bind(InetAddress address) throws IOException {
		DatagramSocket socket = new DatagramSocket(null);
		try {
			socket.setBroadcast(true);
			socket.bind(new InetSocketAddress(address, DhcpMessage.SERVER_PORT));
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

	@Override
	public void close() {
		this.unicast.close();
		this.broadcast.close();
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
