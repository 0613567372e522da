package dev.ucdhcp.support.wire;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One Ethernet segment: a bridge in its own namespace and one namespace per host, each
 * joined to the bridge by a veth pair. This is a branch LAN with a router that hands out
 * leases, a host running the responder, and a phone: each needs its own port 67 or 68, as
 * on real hardware. Names carry a random suffix; {@link #close()} (and a shutdown hook)
 * ends what runs inside and deletes every namespace.
 */
public final class NetnsSegment implements AutoCloseable {

	private static final Duration IP_LIMIT = Duration.ofSeconds(10);

	private final String suffix;

	private final Namespaces namespaces = new Namespaces();

	private final List<Host> hosts = new ArrayList<>();

	/** A host on the segment: its namespace and its interface there. */
	public record Host(String namespace, String device) {

	}

	private NetnsSegment(String suffix) {
		this.suffix = suffix;
	}

	/**
	 * @param addresses one CIDR address per host, or "" for a host that starts without
	 * one (a DHCP client)
	 */
	public static NetnsSegment create(String... addresses) {
		byte[] random = new byte[3];
		new SecureRandom().nextBytes(random);
		NetnsSegment segment = new NetnsSegment(HexFormat.of().formatHex(random));
		try {
			segment.build(addresses);
		}
		catch (RuntimeException ex) {
			segment.close();
			throw ex;
		}
		return segment;
	}

	private void build(String... addresses) {
		String bridgeNamespace = namespace("sw");
		run("ip", "-n", bridgeNamespace, "link", "add", "br0", "type", "bridge");
		run("ip", "-n", bridgeNamespace, "link", "set", "br0", "up");
		for (int i = 0; i < addresses.length; i++) {
			String namespace = namespace(Integer.toString(i));
			// veth names must fit IFNAMSIZ (15 characters)
			String device = "ucd" + this.suffix + "h" + i;
			String port = "ucd" + this.suffix + "p" + i;
			run("ip", "link", "add", device, "netns", namespace, "type", "veth", "peer", "name", port, "netns",
					bridgeNamespace);
			run("ip", "-n", bridgeNamespace, "link", "set", port, "master", "br0", "up");
			run("ip", "-n", namespace, "link", "set", "lo", "up");
			run("ip", "-n", namespace, "link", "set", device, "up");
			if (!addresses[i].isEmpty()) {
				run("ip", "-n", namespace, "addr", "add", addresses[i], "dev", device);
			}
			this.hosts.add(new Host(namespace, device));
		}
	}

	public Host host(int index) {
		return this.hosts.get(index);
	}

	private String namespace(String name) {
		String namespace = "ucd-" + this.suffix + "-" + name;
		this.namespaces.add(namespace);
		return namespace;
	}

	private static void run(String... command) {
		Commands.check(IP_LIMIT, command);
	}

	@Override
	public void close() {
		this.namespaces.close();
	}

}
