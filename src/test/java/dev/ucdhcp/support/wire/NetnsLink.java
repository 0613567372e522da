package dev.ucdhcp.support.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Two network namespaces joined by one veth link on 192.0.2.0/24 (TEST-NET-1): the DHCP
 * server at 192.0.2.1 in one, the phone at 192.0.2.10 in the other. Names carry a random
 * suffix so parallel runs do not collide; {@link #close()} (and a shutdown hook, for a
 * killed JVM) deletes both namespaces, which also removes the veth pair.
 */
public final class NetnsLink implements AutoCloseable {

	public static final String SERVER_ADDRESS = "192.0.2.1";

	public static final String CLIENT_ADDRESS = "192.0.2.10";

	private final String serverNamespace;

	private final String clientNamespace;

	private final String serverInterface;

	private final String clientInterface;

	private final Namespaces namespaces = new Namespaces();

	private NetnsLink(String suffix) {
		this.serverNamespace = "ucd-" + suffix + "-s";
		this.clientNamespace = "ucd-" + suffix + "-c";
		// veth names must fit IFNAMSIZ (15 characters)
		this.serverInterface = "ucd" + suffix + "s";
		this.clientInterface = "ucd" + suffix + "c";
	}

	public static NetnsLink create() {
		NetnsLink link = new NetnsLink(Namespaces.randomSuffix());
		link.namespaces.build(link::build);
		return link;
	}

	private void build() {
		this.namespaces.add(this.serverNamespace);
		this.namespaces.add(this.clientNamespace);
		Namespaces.ip("link", "add", this.serverInterface, "netns", this.serverNamespace, "type", "veth", "peer",
				"name", this.clientInterface, "netns", this.clientNamespace);
		inNamespace(this.serverNamespace, "addr", "add", SERVER_ADDRESS + "/24", "dev", this.serverInterface);
		inNamespace(this.clientNamespace, "addr", "add", CLIENT_ADDRESS + "/24", "dev", this.clientInterface);
		for (String namespace : List.of(this.serverNamespace, this.clientNamespace)) {
			inNamespace(namespace, "link", "set", "lo", "up");
		}
		inNamespace(this.serverNamespace, "link", "set", this.serverInterface, "up");
		inNamespace(this.clientNamespace, "link", "set", this.clientInterface, "up");
		// The phone's broadcasts (255.255.255.255) need a route; on its LAN the DHCP
		// server is also the gateway.
		inNamespace(this.clientNamespace, "route", "add", "default", "via", SERVER_ADDRESS);
	}

	public String serverNamespace() {
		return this.serverNamespace;
	}

	public String clientNamespace() {
		return this.clientNamespace;
	}

	public String serverInterface() {
		return this.serverInterface;
	}

	public String clientInterface() {
		return this.clientInterface;
	}

	/** The command prefixed so that it runs inside the namespace. */
	public static List<String> inside(String namespace, List<String> command) {
		List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
		full.addAll(command);
		return full;
	}

	private static void inNamespace(String namespace, String... args) {
		List<String> command = new ArrayList<>(List.of("-n", namespace));
		command.addAll(List.of(args));
		Namespaces.ip(command.toArray(String[]::new));
	}

	@Override
	public void close() {
		this.namespaces.close();
	}

}
