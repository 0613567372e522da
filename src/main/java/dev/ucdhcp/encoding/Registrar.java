package dev.ucdhcp.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What option 120 points phones to: one FQDN (RFC 3361 encoding 0, what Lync's TLS
 * expects) or one to eight IPv4 addresses (encoding 1, which the seeds say Lync Server
 * also supports). Typed as one field: addresses are told from a name by their characters.
 */
public sealed interface Registrar {

	int MAX_ADDRESSES = 8;

	/** Digits, dots, commas and spaces only: meant as addresses, never a valid FQDN. */
	Pattern ADDRESS_LIKE = Pattern.compile("[0-9.,\\s]+");

	/** One FQDN, or one to {@value #MAX_ADDRESSES} IPv4 addresses comma separated. */
	static Registrar parse(String text) {
		return parse(text, MAX_ADDRESSES);
	}

	/** One FQDN or one IPv4 address, as a {@code sites} line takes it. */
	static Registrar parseOne(String text) {
		return parse(text, 1);
	}

	private static Registrar parse(String text, int maxAddresses) {
		String value = (text == null) ? "" : text.strip();
		if (!value.isEmpty() && ADDRESS_LIKE.matcher(value).matches()) {
			return Addresses.parse(value, maxAddresses);
		}
		return new Name(Fqdn.parse(value));
	}

	/**
	 * As typed in the contract's vocabulary: the name, or the addresses comma separated.
	 */
	String text();

	/** A registrar named by its FQDN: option 120 encoding 0. */
	record Name(Fqdn fqdn) implements Registrar {

		@Override
		public String text() {
			return this.fqdn.value();
		}

		@Override
		public String toString() {
			return text();
		}

	}

	/** A registrar given by its IPv4 addresses, in order: option 120 encoding 1. */
	record Addresses(List<Ipv4Address> addresses) implements Registrar {

		public Addresses {
			addresses = List.copyOf(addresses);
			if (addresses.isEmpty() || addresses.size() > MAX_ADDRESSES) {
				throw new InvalidValueException("List 1 to " + MAX_ADDRESSES + " IPv4 addresses, comma separated.");
			}
		}

		static Addresses parse(String text, int maxAddresses) {
			String[] parts = text.split(",", -1);
			if (parts.length > maxAddresses) {
				throw new InvalidValueException((maxAddresses == 1) ? "Give one name or one IPv4 address here."
						: "At most " + maxAddresses + " IPv4 addresses; this lists " + parts.length + ".");
			}
			List<Ipv4Address> addresses = new ArrayList<>();
			for (String part : parts) {
				try {
					addresses.add(Ipv4Address.parse(part));
				}
				catch (InvalidValueException ex) {
					throw new InvalidValueException(InvalidValueException.quote(part.strip())
							+ " is not an IPv4 address: give one FQDN, or IPv4 addresses comma separated.");
				}
			}
			return new Addresses(addresses);
		}

		@Override
		public String text() {
			return String.join(",", this.addresses.stream().map(Ipv4Address::toString).toList());
		}

		@Override
		public String toString() {
			return text();
		}

	}

}
