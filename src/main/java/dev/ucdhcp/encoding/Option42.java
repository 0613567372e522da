package dev.ucdhcp.encoding;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * DHCP option 42, NTP servers: IPv4 addresses in order of preference. Phones that sign in
 * with a PIN need the right time to trust the provisioning certificate.
 */
public record Option42(List<Ipv4Address> servers) {

	public static final int CODE = 42;

	public static final int MAX_SERVERS = 8;

	public Option42 {
		servers = List.copyOf(servers);
		if (servers.isEmpty() || servers.size() > MAX_SERVERS) {
			throw new InvalidValueException("List 1 to " + MAX_SERVERS + " NTP server addresses, comma separated.");
		}
	}

	/** Parses a comma separated list such as {@code 10.10.10.10, 10.10.10.11}. */
	public static Option42 parse(String text) {
		List<Ipv4Address> servers = new ArrayList<>();
		for (String part : (text == null ? "" : text).split(",", -1)) {
			try {
				servers.add(Ipv4Address.parse(part));
			}
			catch (InvalidValueException ex) {
				throw new InvalidValueException(InvalidValueException.quote(part.strip())
						+ " is not an IPv4 address; list NTP servers as addresses, comma separated.");
			}
		}
		return new Option42(servers);
	}

	/** The addresses in dotted form, joined the way a target lists them. */
	public String joined(String separator) {
		return String.join(separator, this.servers.stream().map(Ipv4Address::toString).toList());
	}

	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.servers.forEach((server) -> out.writeBytes(server.bytes()));
		return out.toByteArray();
	}

}
