package dev.ucdhcp.responder;

import java.util.List;
import java.util.Optional;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.encoding.Ipv4Address;

/** What the responder does with one received datagram. */
sealed interface Decision {

	/**
	 * A DHCPACK to send.
	 *
	 * @param reply the message
	 * @param destination ciaddr (port 68), or the relay's giaddr (port 67)
	 * @param port the destination port
	 * @param sent option codes sent besides 53 and 54, in wire order
	 * @param dropped option codes left out because the reply had no room for them
	 * @param limit the most bytes the DHCP message could take
	 * @param site the site whose scope holds the client, with {@code sites} or
	 * {@code site}
	 */
	record Answer(DhcpMessage reply, Ipv4Address destination, int port, List<Integer> sent, List<Integer> dropped,
			int limit, Optional<String> site) implements Decision {

		public Answer {
			sent = List.copyOf(sent);
			dropped = List.copyOf(dropped);
		}

	}

	/** Nothing to send, and why. */
	record Ignored(Reason reason, String detail) implements Decision {

	}

	/**
	 * Why a datagram got no answer; the counts per reason go into the summary log line.
	 */
	enum Reason {

		MALFORMED, NOT_A_REQUEST, NOT_INFORM, RELAYED, NO_CIADDR, NOT_ON_LINK, NOT_THE_SENDER, NOT_A_HOST,
		OUTSIDE_SCOPE, RATE_LIMITED

	}

}
