package dev.ucdhcp.encoding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * DHCP option 120, SIP servers (RFC 3361), with encoding byte 0: the DNS wire form of
 * each name, uncompressed.
 */
public record Option120(List<Fqdn> sipServers) {

	public static final int CODE = 120;

	/** The {@link Warning#subject()} of warnings about this option. */
	public static final String SUBJECT = "option 120";

	/** RFC 3361 "enc" byte: 0 means a list of domain names follows. */
	public static final int ENCODING_DOMAIN_NAMES = 0;

	public Option120 {
		sipServers = List.copyOf(sipServers);
		if (sipServers.isEmpty()) {
			throw new IllegalArgumentException("option 120 needs at least one SIP server name");
		}
	}

	public static Option120 of(Fqdn registrar) {
		return new Option120(List.of(registrar));
	}

	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		parts().forEach((part) -> out.writeBytes(part.bytes()));
		return out.toByteArray();
	}

	public Fqdn registrar() {
		return this.sipServers.get(0);
	}

	/**
	 * The value piece by piece, as a page explains it: its bytes are {@link #bytes()}.
	 */
	public List<Part> parts() {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part("Encoding: domain names (RFC 3361)", new byte[] { ENCODING_DOMAIN_NAMES }, "", 1));
		for (Fqdn name : this.sipServers) {
			for (String label : name.labels()) {
				byte[] wire = new byte[label.length() + 1];
				wire[0] = (byte) label.length();
				System.arraycopy(label.getBytes(StandardCharsets.US_ASCII), 0, wire, 1, label.length());
				parts.add(new Part("Label", wire, label, label.length()));
			}
			parts.add(new Part("End of name (root)", new byte[] { 0 }, "", 1));
		}
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
