package dev.ucdhcp.responder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.Option120;
import dev.ucdhcp.encoding.Option42;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.responder.Decision.Answer;
import dev.ucdhcp.responder.Decision.Ignored;
import dev.ucdhcp.responder.Decision.Reason;
import dev.ucdhcp.responder.ProvisioningByAddress.ClientProvisioning;

/**
 * Lync Server DHCP's rule, as the seed describes it: not a DHCP server, no leases; it
 * answers DHCPINFORM with options 120 and 43 and nothing else. A client whose option 60
 * is exactly {@code MS-UC-Client} gets both (and 42 when NTP servers are configured and
 * it asks for 42); any other client gets option 120 only if it lists 120 in option 55,
 * and never 43. The reply goes where RFC 2131 section 4.1 sends a DHCPACK to an INFORM:
 * to ciaddr, or to the relay in giaddr. What it never answers is what a host on a live
 * network could abuse (CONTRACT, "Operating on a live network"): a sender off its link, a
 * relay for a network it does not serve, a ciaddr that is a broadcast address.
 */
final class InformPolicy {

	private final ServerLink link;

	private final boolean allowRelay;

	private final ProvisioningByAddress provisioningFor;

	/**
	 * @param provisioningFor what a client at this ciaddr is told (one answer for all, or
	 * the site whose scope holds it)
	 */
	InformPolicy(ServerLink link, boolean allowRelay, ProvisioningByAddress provisioningFor) {
		this.link = link;
		this.allowRelay = allowRelay;
		this.provisioningFor = provisioningFor;
	}

	/**
	 * @param source the datagram's IP source address: a client sends DHCPINFORM from the
	 * address it puts in ciaddr (RFC 2131 section 4.4.3), a relay from its own
	 */
	Decision decide(DhcpMessage request, Ipv4Address source) {
		if (request.op() != DhcpMessage.BOOTREQUEST) {
			return new Ignored(Reason.NOT_A_REQUEST, "a BOOTREPLY (another server's answer)");
		}
		Optional<MessageType> type = request.messageType();
		if (type.filter(MessageType.DHCPINFORM::equals).isEmpty()) {
			return new Ignored(Reason.NOT_INFORM,
					type.map(Enum::name).orElse("BOOTP request") + ": this responder never leases an address");
		}
		Ipv4Address ciaddr = Ipv4Address.of(request.ciaddr());
		Ipv4Address giaddr = Ipv4Address.of(request.giaddr());
		if (!giaddr.equals(Addresses.ZERO)) {
			return this.allowRelay ? relayed(request, ciaddr, giaddr) : new Ignored(Reason.RELAYED,
					"relayed through giaddr " + giaddr + " (start with --allow-relay to answer through relays)");
		}
		if (ciaddr.equals(Addresses.ZERO)) {
			return new Ignored(Reason.NO_CIADDR, "DHCPINFORM without ciaddr (RFC 2131 requires the client's address)");
		}
		// The JDK cannot tell which interface a datagram came in on (no IP_PKTINFO): the
		// sender must be on this link, and be the client it asks for.
		if (!this.link.holds(source)) {
			return new Ignored(Reason.NOT_ON_LINK, "source " + source + " is not on " + this.link);
		}
		if (!source.equals(ciaddr)) {
			return new Ignored(Reason.NOT_THE_SENDER, "ciaddr " + ciaddr + " is not the sender's address " + source);
		}
		Optional<String> notAHost = Addresses.notAHost(ciaddr, this.link.address(), this.link.prefixLength());
		if (notAHost.isPresent()) {
			return new Ignored(Reason.NOT_A_HOST, "ciaddr " + notAHost.get());
		}
		return answer(request, ciaddr, ciaddr, DhcpMessage.CLIENT_PORT);
	}

	/**
	 * As ISC dhcpd and Kea do, a relay is answered only for a network this responder
	 * serves: its giaddr, and the client's ciaddr, must both lie in one of the scopes.
	 */
	private Decision relayed(DhcpMessage request, Ipv4Address ciaddr, Ipv4Address giaddr) {
		Optional<Ipv4Network> network = this.provisioningFor.servedNetwork(giaddr);
		if (network.isEmpty()) {
			return new Ignored(Reason.OUTSIDE_SCOPE, "giaddr " + giaddr + " is outside the scope and sites served");
		}
		Ipv4Network served = network.get();
		Optional<String> notAHost = Addresses.notAHost(giaddr, served.address(), served.prefixLength())
			.map((why) -> "giaddr " + why)
			.or(() -> Addresses.notAHost(ciaddr, served.address(), served.prefixLength())
				.map((why) -> "ciaddr " + why));
		if (notAHost.isPresent()) {
			return new Ignored(Reason.NOT_A_HOST, notAHost.get());
		}
		if (!ProvisioningByAddress.holds(served, ciaddr)) {
			return new Ignored(Reason.OUTSIDE_SCOPE,
					"ciaddr " + ciaddr + " is not in " + served + ", the network of giaddr " + giaddr);
		}
		return answer(request, ciaddr, giaddr, DhcpMessage.SERVER_PORT);
	}

	private Decision answer(DhcpMessage request, Ipv4Address ciaddr, Ipv4Address destination, int port) {
		Optional<ClientProvisioning> provisioning = this.provisioningFor.forClient(ciaddr);
		if (provisioning.isEmpty()) {
			return new Ignored(Reason.OUTSIDE_SCOPE, "ciaddr " + ciaddr + " is outside the scope");
		}
		byte[] requested = request.option(DhcpMessage.PARAMETER_REQUEST_LIST).orElse(new byte[0]);
		ReplyOptions options = offer(new ReplyOptions(request), provisioning.get(), phone(request), requested);
		Map<Integer, byte[]> chosen = options.inRequestedOrder(requested);
		Map<Integer, byte[]> wire = new LinkedHashMap<>();
		wire.put(DhcpMessage.MESSAGE_TYPE, new byte[] { (byte) MessageType.DHCPACK.code() });
		wire.put(DhcpMessage.SERVER_IDENTIFIER, this.link.address().bytes());
		wire.putAll(chosen);
		DhcpMessage reply = new DhcpMessage(DhcpMessage.BOOTREPLY, request.xid(), request.flags(), request.ciaddr(),
				new byte[4], request.giaddr(), request.chaddr(), wire);
		return new Answer(reply, destination, port, new ArrayList<>(chosen.keySet()), options.dropped(),
				options.limit(), provisioning.get().site());
	}

	private static ReplyOptions offer(ReplyOptions options, ClientProvisioning client, boolean phone,
			byte[] requested) {
		PhoneProvisioning provisioning = client.provisioning();
		// The registrar first: without 120 a phone cannot even find its SBA.
		if (client.registrar() && (phone || asked(requested, Option120.CODE))) {
			options.offer(Option120.CODE, provisioning.option120().bytes());
		}
		if (phone) {
			options.offer(Option43.CODE, provisioning.option43().bytes());
			provisioning.ntp()
				.filter((ntp) -> asked(requested, Option42.CODE))
				.ifPresent((ntp) -> options.offer(Option42.CODE, ntp.bytes()));
		}
		return options;
	}

	/** Option 60 exactly {@code MS-UC-Client}: no prefix or substring match. */
	static boolean phone(DhcpMessage request) {
		return request.option(DhcpMessage.VENDOR_CLASS)
			.filter((value) -> Arrays.equals(value, Option43.MS_UC_CLIENT.getBytes(StandardCharsets.US_ASCII)))
			.isPresent();
	}

	private static boolean asked(byte[] requested, int code) {
		return ReplyOptions.position(requested, code) < requested.length;
	}

}
