package dev.ucdhcp.encoding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * DHCP option 120, SIP servers (RFC 3361): encoding byte 0 and the DNS wire form of the
 * registrar's name, uncompressed; or encoding byte 1 and its IPv4 addresses, 4 bytes
 * each, in order.
 */
public record Option120(Registrar registrar) {

	public static final int CODE = 120;

	/** The {@link Warning#subject()} of warnings about this option. */
	public static final String SUBJECT = "option 120";

	/** RFC 3361 "enc" byte: 0 means a list of domain names follows. */
	public static final int ENCODING_DOMAIN_NAMES = 0;

	/** RFC 3361 "enc" byte: 1 means a list of IPv4 addresses follows. */
	public static final int ENCODING_ADDRESSES = 1;

	public static Option120 of(Fqdn registrar) {
		return new Option120(new Registrar.Name(registrar));
	}

	public static Option120 of(Registrar registrar) {
		return new Option120(registrar);
	}

	/** The RFC 3361 encoding byte this value starts with. */
	public int encoding() {
		return (this.registrar instanceof Registrar.Addresses) ? ENCODING_ADDRESSES : ENCODING_DOMAIN_NAMES;
	}

	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		parts().forEach((part) -> out.writeBytes(part.bytes()));
		return out.toByteArray();
	}

	/**
	 * The value piece by piece, as a page explains it: its bytes are {@link #bytes()}.
	 */
	public List<Part> parts() {
		List<Part> parts = new ArrayList<>();
		if (this.registrar instanceof Registrar.Addresses addresses) {
			parts.add(new Part("Encoding: IPv4 addresses (RFC 3361)", new byte[] { ENCODING_ADDRESSES }, "", 1));
			for (Ipv4Address address : addresses.addresses()) {
				parts.add(new Part("Address", address.bytes(), address.toString(), 4));
			}
			return List.copyOf(parts);
		}
		parts.add(new Part("Encoding: domain names (RFC 3361)", new byte[] { ENCODING_DOMAIN_NAMES }, "", 1));
		for (String label : ((Registrar.Name) this.registrar).fqdn().labels()) {
			byte[] wire = new byte[label.length() + 1];
			wire[0] = (byte) label.length();
			System.arraycopy(label.getBytes(StandardCharsets.US_ASCII), 0, wire, 1, label.length());
			parts.add(new Part("Label", wire, label, label.length()));
		}
		parts.add(new Part("End of name (root)", new byte[] { 0 }, "", 1));
		return List.copyOf(parts);
	}

	/**
	 * One piece of option 120.
	 *
	 * @param name what the piece is
	 * @param bytes its bytes on the wire, length byte included
	 * @param text the piece as text, empty for a marker byte
	 * @param length the bytes the piece's value takes, without a length byte
	 */
	public record Part(String name, byte[] bytes, String text, int length) {

		public Part {
			bytes = bytes.clone();
		}

		@Override
		public byte[] bytes() {
			return this.bytes.clone();
		}

	}

}
