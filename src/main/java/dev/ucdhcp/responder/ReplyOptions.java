package dev.ucdhcp.responder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.dhcp.DhcpMessage;

/**
 * Chooses the options of one reply within the room the client allows. Without option 57 a
 * client need not take more than a 576-byte IP datagram (RFC 2131 section 2), which
 * leaves 548 bytes for the DHCP message; option 57 counts the IP and UDP headers too, as
 * ISC dhcpd reads it. Options that do not fit are left out (never moved into sname/file
 * with option 52: not every phone reads them there), the registrar first to be kept.
 */
final class ReplyOptions {

	static final int MINIMUM_DATAGRAM = 576;

	/** Ethernet's MTU: a larger reply would be fragmented, and phones drop fragments. */
	static final int LARGEST_DATAGRAM = 1500;

	static final int IP_AND_UDP_HEADERS = 28;

	/** Option 53 (3 bytes), option 54 (6 bytes) and the end option (1 byte). */
	private static final int ALWAYS_SENT = 3 + 6 + 1;

	private final Map<Integer, byte[]> chosen = new LinkedHashMap<>();

	private final List<Integer> dropped = new ArrayList<>();

	private final int limit;

	private int used = DhcpMessage.FIXED_LENGTH + ALWAYS_SENT;

	ReplyOptions(DhcpMessage request) {
		this.limit = limit(request);
	}

	/** The most bytes the DHCP message of the reply may take. */
	static int limit(DhcpMessage request) {
		int datagram = request.option(DhcpMessage.MAX_MESSAGE_SIZE)
			.filter((value) -> value.length == 2)
			.map((value) -> ((value[0] & 0xFF) << 8) | (value[1] & 0xFF))
			.orElse(MINIMUM_DATAGRAM);
		return Math.min(Math.max(datagram, MINIMUM_DATAGRAM), LARGEST_DATAGRAM) - IP_AND_UDP_HEADERS;
	}

	/** Offers an option, most important first; it is kept only if it still fits. */
	ReplyOptions offer(int code, byte[] value) {
		int length = DhcpMessage.optionLength(value.length);
		if (this.used + length <= this.limit) {
			this.chosen.put(code, value);
			this.used += length;
		}
		else {
			this.dropped.add(code);
		}
		return this;
	}

	/**
	 * The kept options in the order the client listed them in option 55 (RFC 2132 section
	 * 9.8 asks servers to try), the ones it did not list after them.
	 */
	Map<Integer, byte[]> inRequestedOrder(byte[] parameterRequestList) {
		List<Integer> codes = new ArrayList<>(this.chosen.keySet());
		codes.sort(Comparator.comparingInt((code) -> position(parameterRequestList, code)));
		Map<Integer, byte[]> ordered = new LinkedHashMap<>();
		codes.forEach((code) -> ordered.put(code, this.chosen.get(code)));
		return ordered;
	}

	List<Integer> dropped() {
		return List.copyOf(this.dropped);
	}

	int limit() {
		return this.limit;
	}

	static int position(byte[] parameterRequestList, int code) {
		for (int i = 0; i < parameterRequestList.length; i++) {
			if ((parameterRequestList[i] & 0xFF) == code) {
				return i;
			}
		}
		return parameterRequestList.length;
	}

}
