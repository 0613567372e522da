package dev.ucdhcp.encoding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads option 120 (RFC 3361): the encoding byte, then names as DNS labels (encoding 0)
 * or IPv4 addresses of 4 bytes each (encoding 1).
 */
final class Option120Reader {

	private static final int POINTER = 0xC0;

	private final Walk walk;

	Option120Reader(Walk walk) {
		this.walk = walk;
	}

	void read() {
		int start = this.walk.start();
		int end = this.walk.end();
		if (start >= end) {
			this.walk.error("Option 120 is empty: it needs encoding byte 00 and at least one name.");
			return;
		}
		int encoding = this.walk.unsigned(start);
		if (encoding == Option120.ENCODING_ADDRESSES && !looksLikePlainText(start, end)) {
			readAddresses(start, end);
			return;
		}
		if (encoding != Option120.ENCODING_DOMAIN_NAMES) {
			refuseEncoding(start, end, encoding);
			return;
		}
		this.walk.span(start, 1, "encoding", "00: domain names follow (RFC 3361)");
		int i = start + 1;
		while (i < end && i >= 0) {
			i = readName(i, end);
		}
		if (this.walk.names().isEmpty()) {
			this.walk.error("Option 120 holds no complete name.");
		}
		else if (this.walk.names().size() > 1) {
			this.walk.info(this.walk.names().size() + " names: phones contact the first; DHCPUtil writes only one.");
		}
	}

	private void refuseEncoding(int start, int end, int encoding) {
		if (looksLikePlainText(start, end)) {
			String name = new String(this.walk.bytes(start, end), StandardCharsets.US_ASCII);
			this.walk.span(start, end - start, "plain text", "\"" + name + "\"");
			this.walk.error("This is the name as plain text. Option 120 needs encoding byte 00, then each label with"
					+ " its length, then the root byte 00: "
					+ HexStyle.CANONICAL.format(Option120.of(Fqdn.parse(name)).bytes()));
			return;
		}
		this.walk.span(start, 1, "encoding", Walk.hex(encoding));
		this.walk.error("Encoding byte " + Walk.hex(encoding)
				+ " is not defined; option 120 starts with 00 (names) or 01 (IPv4 addresses).");
	}

	/** Encoding 1: whole 4-byte addresses, in the order phones try them. */
	private void readAddresses(int start, int end) {
		this.walk.span(start, 1, "encoding", "01: IPv4 addresses follow (RFC 3361)");
		int i = start + 1;
		for (; i + Ipv4Address.BYTES <= end; i += Ipv4Address.BYTES) {
			Ipv4Address address = Ipv4Address.of(this.walk.bytes(i, i + Ipv4Address.BYTES));
			this.walk.span(i, Ipv4Address.BYTES, "address", address.toString());
			this.walk.name(address.toString());
		}
		if (i < end) {
			this.walk.span(i, end - i, "address", "cut off: " + (end - i) + " of 4 bytes");
			this.walk.error("The last address has " + (end - i) + " of its 4 bytes: the value was cut off.");
		}
		if (this.walk.names().isEmpty()) {
			this.walk.error("Option 120 with encoding 01 holds no address.");
		}
		else {
			this.walk.info("Encoding 01: phones contact " + this.walk.names().get(0) + " first"
					+ (this.walk.names().size() > 1 ? ", then the other " + (this.walk.names().size() - 1) + "." : ".")
					+ " The registrar's certificate must then match the address phones connect to.");
		}
	}

	private boolean looksLikePlainText(int start, int end) {
		try {
			Fqdn.parse(new String(this.walk.bytes(start, end), StandardCharsets.US_ASCII));
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

	/** Reads one name from {@code i}; returns where the next starts, or -1 to stop. */
	private int readName(int i, int end) {
		List<String> labels = new ArrayList<>();
		while (true) {
			if (i >= end) {
				this.walk.error("The name " + String.join(".", labels) + " ends without its root byte 00: the value"
						+ " was cut off, or the closing 00 was forgotten.");
				return -1;
			}
			int length = this.walk.unsigned(i);
			if (length == 0) {
				this.walk.span(i, 1, "root", "00: end of name");
				return accept(labels, i + 1);
			}
			if ((length & POINTER) == POINTER) {
				return readPointer(labels, i, end);
			}
			if (length > Fqdn.MAX_LABEL_LENGTH) {
				this.walk.span(i, 1, "label length", Integer.toString(length));
				this.walk.error("Byte " + Walk.hex(length) + " is not a valid label length (1 to 63).");
				return -1;
			}
			if (i + 1 + length > end) {
				this.walk.span(i, end - i, "label", "cut off");
				this.walk.error("A label says " + length + " bytes but only " + (end - i - 1) + " follow: truncated.");
				return -1;
			}
			String label = new String(this.walk.bytes(i + 1, i + 1 + length), StandardCharsets.US_ASCII);
			this.walk.span(i, 1 + length, "label", length + " bytes: \"" + label + "\"");
			labels.add(label);
			i += 1 + length;
		}
	}

	/**
	 * RFC 1035 compression, as dnsmasq writes for a second name; offsets count from the
	 * encoding byte.
	 */
	private int readPointer(List<String> labels, int i, int end) {
		if (i + 1 >= end) {
			this.walk.error("A compression pointer was cut off.");
			return -1;
		}
		int offset = ((this.walk.unsigned(i) & 0x3F) << 8) | this.walk.unsigned(i + 1);
		List<String> suffix = labelsAt(this.walk.start() + offset, i);
		this.walk.span(i, 2, "pointer", "compressed: continues with " + String.join(".", suffix));
		if (suffix.isEmpty()) {
			this.walk.error("A compression pointer points to offset " + offset + ", where no earlier name is.");
			return -1;
		}
		labels.addAll(suffix);
		return accept(labels, i + 2);
	}

	private List<String> labelsAt(int at, int before) {
		List<String> labels = new ArrayList<>();
		int i = at;
		while (i < before && i > this.walk.start()) {
			int length = this.walk.unsigned(i);
			if (length == 0 || length > Fqdn.MAX_LABEL_LENGTH || i + 1 + length > before) {
				return length == 0 ? labels : List.of();
			}
			labels.add(new String(this.walk.bytes(i + 1, i + 1 + length), StandardCharsets.US_ASCII));
			i += 1 + length;
		}
		return List.of();
	}

	private int accept(List<String> labels, int next) {
		String name = String.join(".", labels);
		try {
			Fqdn.parse(name);
			this.walk.name(name);
		}
		catch (InvalidValueException ex) {
			this.walk.error("\"" + name + "\" is not a valid FQDN: " + ex.getMessage());
		}
		return next;
	}

}
