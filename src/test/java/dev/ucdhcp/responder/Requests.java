package dev.ucdhcp.responder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;

/** Requests as clients send them, for the responder's unit tests. */
final class Requests {

	static final byte[] MAC = { 0x02, 0x00, 0x5E, 0x10, 0x00, 0x01 };

	static final byte[] CLIENT = { (byte) 192, 0, 2, 10 };

	/** What a Lync phone asks for: mask, router, DNS, domain, NTP, 43, 120. */
	static final byte[] PHONE_REQUEST_LIST = { 1, 3, 6, 15, 42, 43, 120 };

	private Requests() {
	}

	static DhcpMessage inform(String vendorClass, byte[] requestList) {
		return message(MessageType.DHCPINFORM, CLIENT, new byte[4], vendorClass, requestList, 0);
	}

	static DhcpMessage message(MessageType type, byte[] ciaddr, byte[] giaddr, String vendorClass, byte[] requestList,
			int maxMessageSize) {
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		options.put(DhcpMessage.MESSAGE_TYPE, new byte[] { (byte) type.code() });
		if (vendorClass != null) {
			options.put(DhcpMessage.VENDOR_CLASS, vendorClass.getBytes(StandardCharsets.US_ASCII));
		}
		if (requestList != null) {
			options.put(DhcpMessage.PARAMETER_REQUEST_LIST, requestList);
		}
		if (maxMessageSize > 0) {
			options.put(DhcpMessage.MAX_MESSAGE_SIZE,
					new byte[] { (byte) (maxMessageSize >> 8), (byte) maxMessageSize });
		}
		return new DhcpMessage(DhcpMessage.BOOTREQUEST, 0x2A2B2C2D, 0, ciaddr, new byte[4], giaddr, MAC, options);
	}

}
