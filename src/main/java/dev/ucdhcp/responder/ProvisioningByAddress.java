package dev.ucdhcp.responder;

import java.util.List;
import java.util.Optional;

import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.PhoneProvisioning;

/**
 * What the responder tells a client, chosen by the client's address (ciaddr). With
 * {@code sites}, the site whose scope holds it gives option 120 (its SBA, else the
 * central registrar); a client in none of the scopes gets option 43 only, which is
 * central and the same for every site, as in the configs the web renders for many sites
 * (43 in the server-wide class, 120 per scope). Without a registrar from DHCP a Lync
 * phone looks it up in DNS.
 */
final class ProvisioningByAddress {

	/**
	 * What one client is told.
	 *
	 * @param provisioning its site's provisioning (or the central one)
	 * @param registrar whether option 120 goes with it
	 * @param site the site's name, for the log
	 */
	record ClientProvisioning(PhoneProvisioning provisioning, boolean registrar, Optional<String> site) {

	}

	private final PhoneProvisioning provisioning;

	private final List<PhoneProvisioning> sites;

	ProvisioningByAddress(PhoneProvisioning provisioning) {
		this.provisioning = provisioning;
		this.sites = provisioning.perSite();
	}

	/**
	 * Empty when the inputs name one {@code scope} and the client is not in it: a scope
	 * names the phones' subnet, so a client elsewhere is not one of them.
	 */
	Optional<ClientProvisioning> forClient(Ipv4Address ciaddr) {
		if (!this.sites.isEmpty()) {
			return Optional.of(this.sites.stream()
				.filter((site) -> holds(site.scope().orElseThrow(), ciaddr))
				.findFirst()
				.map((site) -> new ClientProvisioning(site, true, site.site().map(Object::toString)))
				.orElseGet(() -> new ClientProvisioning(this.provisioning, false, Optional.empty())));
		}
		if (this.provisioning.scope().filter((scope) -> !holds(scope, ciaddr)).isPresent()) {
			return Optional.empty();
		}
		return Optional
			.of(new ClientProvisioning(this.provisioning, true, this.provisioning.site().map(Object::toString)));
	}

	/**
	 * The networks this responder serves: the one {@code scope}, or each site's. Empty
	 * when the inputs name none: then only the interface's own link is served.
	 */
	List<Ipv4Network> served() {
		if (!this.sites.isEmpty()) {
			return this.sites.stream().map((site) -> site.scope().orElseThrow()).toList();
		}
		return this.provisioning.scope().stream().toList();
	}

	/** The served network that holds {@code address}, such as a relay's giaddr. */
	Optional<Ipv4Network> servedNetwork(Ipv4Address address) {
		return served().stream().filter((network) -> holds(network, address)).findFirst();
	}

	static boolean holds(Ipv4Network network, Ipv4Address address) {
		return (address.bits() & network.netmask().bits()) == network.address().bits();
	}

}
