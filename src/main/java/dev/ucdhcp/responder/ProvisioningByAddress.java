package dev.ucdhcp.responder;

import java.util.Optional;
import java.util.function.Function;

import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.PhoneProvisioning;

/** What the responder tells a client, chosen by the client's address (ciaddr). */
final class ProvisioningByAddress {

	private ProvisioningByAddress() {
	}

	/**
	 * One answer for every client; with a {@code scope}, only for clients inside it (a
	 * scope names the phones' subnet, so a client elsewhere is not one of them).
	 */
	static Function<Ipv4Address, Optional<PhoneProvisioning>> single(PhoneProvisioning provisioning) {
		return (ciaddr) -> provisioning.scope().isEmpty() || holds(provisioning.scope().get(), ciaddr)
				? Optional.of(provisioning) : Optional.empty();
	}

	static boolean holds(Ipv4Network network, Ipv4Address address) {
		return (address.bits() & network.netmask().bits()) == network.address().bits();
	}

}
