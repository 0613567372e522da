package dev.ucdhcp.support.wire;

import java.util.List;

/**
 * One DHCP server namespace on two networks, each with its own phone namespace behind a
 * veth pair: 192.0.2.0/24 (TEST-NET-1) and 198.51.100.0/24 (TEST-NET-2), the server at .1
 * and the phone at .10 of each. Names carry a random suffix; {@link #close()} (and a
 * shutdown hook) ends what runs inside and deletes the namespaces, veth pairs with them.
 */
public final class TwoSubnetLink implements AutoCloseable {

	/**
	 * One of the two networks as a phone there sees it.
	 *
	 * @param network the CIDR the site's scope is
	 * @param serverAddress the server's address on it (also the phones' gateway)
	 * @param serverInterface the server's end of the veth pair
	 * @param clientNamespace the phone's namespace
	 * @param clientInterface the phone's end
	 */
	public record Subnet(String network, String serverAddress, String serverInterface, String clientNamespace,
			String clientInterface) {
	}

	private final String serverNamespace;

	private final List<Subnet> subnets;

	private final Namespaces namespaces = new Namespaces();

	private TwoSubnetLink(String suffix) {
		this.serverNamespace = "ucd-" + suffix + "-s";
		// veth names must fit IFNAMSIZ (15 characters)
		this.subnets = List.of(
				new Subnet("192.0.2.0/24", "192.0.2.1", "ucd" + suffix + "s1", "ucd-" + suffix + "-c1",
						"ucd" + suffix + "c1"),
				new Subnet("198.51.100.0/24", "198.51.100.1", "ucd" + suffix + "s2", "ucd-" + suffix + "-c2",
						"ucd" + suffix + "c2"));
	}

	public static TwoSubnetLink create() {
		TwoSubnetLink link = new TwoSubnetLink(Namespaces.randomSuffix());
		link.namespaces.build(link::build);
		return link;
	}

	private void build() {
		this.namespaces.add(this.serverNamespace);
		Namespaces.ip("-n", this.serverNamespace, "link", "set", "lo", "up");
		for (Subnet subnet : this.subnets) {
			this.namespaces.add(subnet.clientNamespace());
			Namespaces.ip("link", "add", subnet.serverInterface(), "netns", this.serverNamespace, "type", "veth",
					"peer", "name", subnet.clientInterface(), "netns", subnet.clientNamespace());
			Namespaces.ip("-n", this.serverNamespace, "addr", "add", subnet.serverAddress() + "/24", "dev",
					subnet.serverInterface());
			Namespaces.ip("-n", subnet.clientNamespace(), "addr", "add", subnet.network().replace(".0/24", ".10/24"),
					"dev", subnet.clientInterface());
			Namespaces.ip("-n", subnet.clientNamespace(), "link", "set", "lo", "up");
			Namespaces.ip("-n", this.serverNamespace, "link", "set", subnet.serverInterface(), "up");
			Namespaces.ip("-n", subnet.clientNamespace(), "link", "set", subnet.clientInterface(), "up");
			// the phone's broadcasts need a route; the DHCP server is its gateway
			Namespaces.ip("-n", subnet.clientNamespace(), "route", "add", "default", "via", subnet.serverAddress());
		}
	}

	public String serverNamespace() {
		return this.serverNamespace;
	}

	public List<Subnet> subnets() {
		return this.subnets;
	}

	public List<String> serverInterfaces() {
		return this.subnets.stream().map(Subnet::serverInterface).toList();
	}

	@Override
	public void close() {
		this.namespaces.close();
	}

}
