package dev.ucdhcp.encoding;

/**
 * An IPv4 network in CIDR form with its host bits zero, such as a DHCP scope
 * 10.10.20.0/24.
 */
public record Ipv4Network(Ipv4Address address, int prefixLength) {

	public Ipv4Network {
		if (prefixLength < 8 || prefixLength > 30) {
			throw new InvalidValueException("A DHCP scope needs a prefix length from /8 to /30.");
		}
		if ((address.bits() & ~mask(prefixLength)) != 0) {
			throw new InvalidValueException("The host bits must be zero: did you mean "
					+ new Ipv4Address(address.bits() & mask(prefixLength)) + "/" + prefixLength + "?");
		}
	}

	public static Ipv4Network parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		int slash = trimmed.indexOf('/');
		if (slash < 0 || !trimmed.substring(slash + 1).matches("[0-9]{1,2}")) {
			throw new InvalidValueException(
					"Enter the scope as network/prefix, e.g. 10.10.20.0/24." + NearMiss.suggestion(trimmed));
		}
		Ipv4Address address = Ipv4Address.parse(trimmed.substring(0, slash));
		int prefixLength = Integer.parseInt(trimmed.substring(slash + 1));
		if (prefixLength > 30) {
			throw new InvalidValueException("A DHCP scope needs a prefix length from /8 to /30; /" + prefixLength
					+ " leaves no room for phones." + NearMiss.shorterPrefix(address, prefixLength));
		}
		return new Ipv4Network(address, prefixLength);
	}

	/**
	 * The network of this prefix length that holds the address: what a near miss with
	 * host bits set meant.
	 */
	static Ipv4Network containing(Ipv4Address address, int prefixLength) {
		return new Ipv4Network(new Ipv4Address(address.bits() & mask(prefixLength)), prefixLength);
	}

	public Ipv4Address netmask() {
		return new Ipv4Address(mask(this.prefixLength));
	}

	/** The first usable host address, conventionally the router. */
	public Ipv4Address firstHost() {
		return this.address.plus(1);
	}

	public Ipv4Address lastHost() {
		return new Ipv4Address(this.address.bits() | ~mask(this.prefixLength)).plus(-1);
	}

	/**
	 * Whether the two networks share an address (one holds the other, or they are equal).
	 */
	public boolean overlaps(Ipv4Network other) {
		int mask = mask(Math.min(this.prefixLength, other.prefixLength));
		return (this.address.bits() & mask) == (other.address.bits() & mask);
	}

	/** Whether {@code host} lies in this network (its network and broadcast too). */
	public boolean contains(Ipv4Address host) {
		return (host.bits() & mask(this.prefixLength)) == this.address.bits();
	}

	private static int mask(int prefixLength) {
		return (int) (0xFFFFFFFFL << (32 - prefixLength));
	}

	@Override
	public String toString() {
		return this.address + "/" + this.prefixLength;
	}

}
