package dev.ucdhcp.dhcp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A DHCPv4 message (RFC 2131): the fixed BOOTP header, the magic cookie and the options.
 * An option that appears more than once is concatenated, as RFC 3396 asks (ISC dhcpd
 * splits values longer than 255 bytes that way). Option overload (52) is read: when the
 * options do not fit a 576-byte message, ISC dhcpd moves some into the {@code file} and
 * {@code sname} fields, and option 120 may be among them.
 *
 * @param op 1 = BOOTREQUEST, 2 = BOOTREPLY
 * @param xid transaction id chosen by the client
 * @param flags bit 15 asks the server to broadcast its reply
 * @param ciaddr client address (set in DHCPINFORM)
 * @param yiaddr address offered to the client
 * @param giaddr the relay agent's address, zero when the client is on the server's link
 * @param chaddr the client's hardware (MAC) address, 6 bytes
 * @param options option code to value, in wire order
 */
public record DhcpMessage(int op, int xid, int flags, byte[] ciaddr, byte[] yiaddr, byte[] giaddr, byte[] chaddr,
		Map<Integer, byte[]> options) {

	public static final int BOOTREQUEST = 1;

	public static final int BOOTREPLY = 2;

	public static final int BROADCAST_FLAG = 0x8000;

	public static final int MESSAGE_TYPE = 53;

	public static final int SERVER_IDENTIFIER = 54;

	public static final int PARAMETER_REQUEST_LIST = 55;

	public static final int VENDOR_CLASS = 60;

	public static final int MAX_MESSAGE_SIZE = 57;

	public static final int OPTION_OVERLOAD = 52;

	public static final int SERVER_PORT = 67;

	public static final int CLIENT_PORT = 68;

	/** BOOTP header and magic cookie: what every message takes before its options. */
	public static final int FIXED_LENGTH = 240;

	static final byte[] MAGIC_COOKIE = { 0x63, (byte) 0x82, 0x53, 0x63 };

	static final int HEADER_LENGTH = 236;

	/** BOOTP relays and some servers drop anything shorter (RFC 1542 section 2.1). */
	private static final int MINIMUM_LENGTH = 300;

	static final int PAD = 0;

	static final int END = 255;

	private static final HexFormat MAC = HexFormat.ofDelimiter(":");

	public DhcpMessage {
		ciaddr = address(ciaddr, "ciaddr");
		yiaddr = address(yiaddr, "yiaddr");
		giaddr = address(giaddr, "giaddr");
		if (chaddr.length != 6) {
			throw new IllegalArgumentException("chaddr must be a 6-byte MAC address");
		}
		chaddr = chaddr.clone();
		Map<Integer, byte[]> copy = new LinkedHashMap<>();
		options.forEach((code, value) -> copy.put(code, value.clone()));
		options = Collections.unmodifiableMap(copy);
	}

	/** A message on the server's own link: no relay agent. */
	public DhcpMessage(int op, int xid, int flags, byte[] ciaddr, byte[] yiaddr, byte[] chaddr,
			Map<Integer, byte[]> options) {
		this(op, xid, flags, ciaddr, yiaddr, new byte[4], chaddr, options);
	}

	private static byte[] address(byte[] address, String name) {
		if (address.length != 4) {
			throw new IllegalArgumentException(name + " must be 4 bytes");
		}
		return address.clone();
	}

	@Override
	public byte[] ciaddr() {
		return this.ciaddr.clone();
	}

	@Override
	public byte[] yiaddr() {
		return this.yiaddr.clone();
	}

	@Override
	public byte[] giaddr() {
		return this.giaddr.clone();
	}

	@Override
	public byte[] chaddr() {
		return this.chaddr.clone();
	}

	public Optional<byte[]> option(int code) {
		return Optional.ofNullable(this.options.get(code)).map(byte[]::clone);
	}

	public Optional<MessageType> messageType() {
		byte[] value = this.options.get(MESSAGE_TYPE);
		return (value != null && value.length == 1) ? MessageType.of(value[0] & 0xFF) : Optional.empty();
	}

	public byte[] encode() {
		ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH);
		header.put((byte) this.op).put((byte) 1).put((byte) 6).put((byte) 0);
		header.putInt(this.xid).putShort((short) 0).putShort((short) this.flags);
		header.put(this.ciaddr).put(this.yiaddr).put(new byte[4]).put(this.giaddr);
		header.put(Arrays.copyOf(this.chaddr, 16));
		ByteArrayOutputStream out = new ByteArrayOutputStream(MINIMUM_LENGTH);
		out.writeBytes(header.array());
		out.writeBytes(MAGIC_COOKIE);
		this.options.forEach((code, value) -> writeOption(out, code, value));
		out.write(END);
		while (out.size() < MINIMUM_LENGTH) {
			out.write(PAD);
		}
		return out.toByteArray();
	}

	/**
	 * Bytes this message takes on the wire before padding: what a reply has to keep
	 * within the client's maximum message size.
	 */
	public int encodedLength() {
		int length = FIXED_LENGTH + 1;
		for (byte[] value : this.options.values()) {
			length += optionLength(value.length);
		}
		return length;
	}

	/**
	 * Bytes an option of this value length takes, with its code and length bytes (split
	 * in pieces of 255 as RFC 3396 says).
	 */
	public static int optionLength(int valueLength) {
		int pieces = Math.max(1, (valueLength + 254) / 255);
		return 2 * pieces + valueLength;
	}

	private static void writeOption(ByteArrayOutputStream out, int code, byte[] value) {
		int offset = 0;
		do {
			int length = Math.min(255, value.length - offset);
			out.write(code);
			out.write(length);
			out.write(value, offset, length);
			offset += length;
		}
		while (offset < value.length);
	}

	/**
	 * Reads a message from a datagram.
	 * @throws MalformedMessageException when the header, cookie or an option length is
	 * wrong
	 */
	public static DhcpMessage parse(byte[] datagram) {
		return MessageReader.parse(datagram);
	}

	/**
	 * A MAC address as logs and tools show it: lower-case hex pairs separated by colons.
	 */
	public static String macText(byte[] mac) {
		return MAC.formatHex(mac);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DhcpMessage that && Arrays.equals(encode(), that.encode());
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(encode());
	}

	@Override
	public String toString() {
		return "DhcpMessage[" + messageType().map(MessageType::name).orElse("BOOTP") + ", xid="
				+ Integer.toHexString(this.xid) + ", options=" + this.options.keySet() + "]";
	}

	/** Option 53 values (RFC 2132 section 9.6). */
	public enum MessageType {

		DHCPDISCOVER(1), DHCPOFFER(2), DHCPREQUEST(3), DHCPDECLINE(4), DHCPACK(5), DHCPNAK(6), DHCPRELEASE(7),
		DHCPINFORM(8);

		private final int code;

		MessageType(int code) {
			this.code = code;
		}

		public int code() {
			return this.code;
		}

		public static Optional<MessageType> of(int code) {
			return Arrays.stream(values()).filter((type) -> type.code == code).findFirst();
		}

	}

	/** A datagram that is not a DHCP message this code can read. */
	public static class MalformedMessageException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public MalformedMessageException(String message) {
			super(message);
		}

	}

}
