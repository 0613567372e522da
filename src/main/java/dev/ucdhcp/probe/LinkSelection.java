package dev.ucdhcp.probe;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;

/**
 * Asking from the centre as if the phone sat in another subnet: the probe plays the relay
 * agent (giaddr = its own address, answered on UDP 67) and names the subnet with RFC 3011
 * option 118 and/or RFC 3527 sub-option 5 of option 82. What each server does with them
 * was measured on the wire (README, "Verify a rollout"): ISC dhcpd 4.4, Kea 2.2 and
 * dnsmasq 2.90 honour either for DISCOVER; for INFORM, ISC and Kea honour either with any
 * ciaddr, dnsmasq only when ciaddr lies in the selected subnet.
 */
record LinkSelection(Ipv4Network network, VerifyOptions.SelectBy selectBy) {

	static final int SUBNET_SELECTION = 118;

	static final int RELAY_AGENT_INFORMATION = 82;

	static final int LINK_SELECTION = 5;

	PhoneClient.Relay relay(Inet4Address giaddr) {
		byte[] selected = network().firstHost().bytes();
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		if (this.selectBy != VerifyOptions.SelectBy.RAI) {
			options.put(SUBNET_SELECTION, selected);
		}
		if (this.selectBy != VerifyOptions.SelectBy.OPTION_118) {
			ByteArrayOutputStream agent = new ByteArrayOutputStream();
			agent.write(LINK_SELECTION);
			agent.write(selected.length);
			agent.writeBytes(selected);
			options.put(RELAY_AGENT_INFORMATION, agent.toByteArray());
		}
		return new PhoneClient.Relay(giaddr, options);
	}

	/**
	 * The ciaddr of each relayed attempt. A DISCOVER has none. An INFORM goes first with
	 * ciaddr 0.0.0.0: ISC and Kea then answer the relay (with a ciaddr they send to it,
	 * which the centre never sees). dnsmasq ignores that one and picks an INFORM's subnet
	 * by its ciaddr, so the second attempt carries the subnet's first host; ISC and Kea
	 * would send that reply to the host, so it goes only when the first went unanswered
	 * or every reply is wanted.
	 */
	List<Inet4Address> ciaddrs(MessageType type) {
		if (type != MessageType.DHCPINFORM) {
			return List.of(address(new byte[4]));
		}
		return List.of(address(new byte[4]), address(this.network.firstHost().bytes()));
	}

	/** {@code 198.51.100.0/24 (option 118 and option 82 sub-option 5)}. */
	String describe() {
		String by = switch (this.selectBy) {
			case RAI -> "option 82 sub-option 5";
			case OPTION_118 -> "option 118";
			case BOTH -> "option 118 and option 82 sub-option 5";
		};
		return this.network + " (" + by + ")";
	}

	/**
	 * Why a reply is for another subnet, when its offered address shows it: the server
	 * ignored the selection and its options are not this subnet's.
	 */
	Optional<String> ignoredBy(DhcpMessage reply) {
		Ipv4Address offered = Ipv4Address.of(reply.yiaddr());
		if (offered.bits() == 0 || this.network.contains(offered)) {
			return Optional.empty();
		}
		return Optional.of("the server ignored the selection of " + this.network + ": it offered " + offered
				+ ", an address of another subnet, so its options are not this subnet's");
	}

	private static Inet4Address address(byte[] bytes) {
		try {
			return (Inet4Address) InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
