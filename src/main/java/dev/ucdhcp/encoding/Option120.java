package dev.ucdhcp.encoding;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * DHCP option 120, SIP servers (RFC 3361), with encoding byte 0: the DNS wire form of
 * each name, uncompressed. Lync accepts names only: TLS needs an FQDN, so encoding 1
 * (IPv4 addresses) is not offered.
 */
public record Option120(List<Fqdn> sipServers) {

	public static final int CODE = 120;

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
		out.write(ENCODING_DOMAIN_NAMES);
		for (Fqdn name : this.sipServers) {
			out.writeBytes(name.wire());
		}
		return out.toByteArray();
	}

	public Fqdn registrar() {
		return this.sipServers.get(0);
	}

}
