package dev.ucdhcp.dhcp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@link DhcpMessage} from a datagram: the header, the magic cookie, and the
 * options wherever option overload (52) put them. Every length is checked against the
 * datagram before it is used.
 */
final class MessageReader {

	private static final int SNAME_OFFSET = 44;

	private static final int FILE_OFFSET = 108;

	private MessageReader() {
	}

	static DhcpMessage parse(byte[] datagram) {
		if (datagram.length < DhcpMessage.HEADER_LENGTH + DhcpMessage.MAGIC_COOKIE.length) {
			throw new DhcpMessage.MalformedMessageException(
					datagram.length + " bytes is shorter than a DHCP header and magic cookie (240 bytes)");
		}
		ByteBuffer in = ByteBuffer.wrap(datagram);
		int op = in.get(0) & 0xFF;
		if (in.get(1) != 1 || in.get(2) != 6) {
			throw new DhcpMessage.MalformedMessageException("hardware type is not Ethernet with 6-byte addresses");
		}
		int xid = in.getInt(4);
		int flags = in.getShort(10) & 0xFFFF;
		byte[] ciaddr = Arrays.copyOfRange(datagram, 12, 16);
		byte[] yiaddr = Arrays.copyOfRange(datagram, 16, 20);
		byte[] giaddr = Arrays.copyOfRange(datagram, 24, 28);
		byte[] chaddr = Arrays.copyOfRange(datagram, 28, 34);
		if (!Arrays.equals(datagram, DhcpMessage.HEADER_LENGTH, DhcpMessage.HEADER_LENGTH + 4, DhcpMessage.MAGIC_COOKIE,
				0, 4)) {
			throw new DhcpMessage.MalformedMessageException("no DHCP magic cookie 63 82 53 63 after the BOOTP header");
		}
		Map<Integer, ByteArrayOutputStream> values = new LinkedHashMap<>();
		readOptions(datagram, DhcpMessage.HEADER_LENGTH + DhcpMessage.MAGIC_COOKIE.length, datagram.length, values);
		ByteArrayOutputStream overload = values.get(DhcpMessage.OPTION_OVERLOAD);
		int fields = (overload != null && overload.size() == 1) ? overload.toByteArray()[0] : 0;
		// RFC 2131 section 4.1: the file field is read before sname.
		if ((fields & 1) != 0) {
			readOptions(datagram, FILE_OFFSET, DhcpMessage.HEADER_LENGTH, values);
		}
		if ((fields & 2) != 0) {
			readOptions(datagram, SNAME_OFFSET, FILE_OFFSET, values);
		}
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		values.forEach((code, value) -> options.put(code, value.toByteArray()));
		return new DhcpMessage(op, xid, flags, ciaddr, yiaddr, giaddr, chaddr, options);
	}

	private static void readOptions(byte[] datagram, int from, int to, Map<Integer, ByteArrayOutputStream> values) {
		int i = from;
		while (i < to) {
			int code = datagram[i] & 0xFF;
			if (code == DhcpMessage.END) {
				break;
			}
			if (code == DhcpMessage.PAD) {
				i++;
				continue;
			}
			if (i + 1 >= to || i + 2 + (datagram[i + 1] & 0xFF) > to) {
				throw new DhcpMessage.MalformedMessageException(
						"option " + code + " at byte " + i + " runs past the datagram");
			}
			int length = datagram[i + 1] & 0xFF;
			values.computeIfAbsent(code, (c) -> new ByteArrayOutputStream()).write(datagram, i + 2, length);
			i += 2 + length;
		}
	}

}
