package dev.ucdhcp.responder;

import java.io.IOException;
import java.util.List;

import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class ServerLinkTest {

	private static final ServerLink VIRTUAL_IP = link("203.0.113.5", 32);

	private static final ServerLink PHONES = link("192.0.2.1", 24);

	private static final ServerLink SERVERS = link("198.51.100.1", 24);

	/** Issue 25: the kernel lists the newest address first, and that was taken. */
	@Test
	void aVirtualIpAddedLaterIsNotTheServingAddress() throws IOException {
		assertThat(ServerLink.choose("eth0", List.of(VIRTUAL_IP, PHONES), List.of(), false)).isEqualTo(PHONES);
	}

	@Test
	void takesTheAddressWhoseSubnetHoldsTheScopeOrASite() throws IOException {
		List<ServerLink> both = List.of(VIRTUAL_IP, SERVERS, PHONES);

		assertThat(ServerLink.choose("eth0", both, List.of(Ipv4Network.parse("192.0.2.0/25")), false))
			.isEqualTo(PHONES);
		assertThat(ServerLink.choose("eth0", both,
				List.of(Ipv4Network.parse("10.0.0.0/8"), Ipv4Network.parse("198.51.100.0/24")), false))
			.isEqualTo(SERVERS);
		assertThat(ServerLink.choose("eth0", both, List.of(Ipv4Network.parse("192.0.0.0/16")), false))
			.isEqualTo(PHONES);
	}

	@Test
	void refusesAScopeNotOnTheInterfaceUnlessItsRelaysAreAnswered() throws IOException {
		List<Ipv4Network> elsewhere = List.of(Ipv4Network.parse("10.20.30.0/24"));

		assertThatIOException().isThrownBy(() -> ServerLink.choose("eth0", List.of(PHONES), elsewhere, false))
			.withMessageContaining("no address of eth0 [192.0.2.1/24] lies in [10.20.30.0/24]");
		assertThat(ServerLink.choose("eth0", List.of(VIRTUAL_IP, PHONES), elsewhere, true)).isEqualTo(PHONES);
	}

	@Test
	void saysWhenTheInterfaceHasNoIpv4Address() {
		assertThatIOException().isThrownBy(() -> ServerLink.choose("eth0", List.of(), List.of(), false))
			.withMessageContaining("eth0 has no IPv4 address");
	}

	@Test
	void knowsNetworkAndBroadcastAddressesAtEveryPrefixEdge() {
		Ipv4Address network = Ipv4Address.parse("192.0.2.0");
		assertThat(Addresses.notAHost(Ipv4Address.parse("192.0.2.255"), network, 24))
			.contains("192.0.2.255 is the broadcast address of 192.0.2.0/24");
		assertThat(Addresses.notAHost(Ipv4Address.parse("192.0.2.0"), network, 24))
			.contains("192.0.2.0 is the network address of 192.0.2.0/24");
		assertThat(Addresses.notAHost(Ipv4Address.parse("192.0.2.254"), network, 24)).isEmpty();
		assertThat(Addresses.notAHost(Ipv4Address.parse("192.0.2.3"), network, 30)).isPresent();
		assertThat(Addresses.notAHost(Ipv4Address.parse("192.0.2.2"), network, 30)).isEmpty();
		// RFC 3021: both addresses of a /31 are hosts, and the one of a /32
		assertThat(Addresses.notAHost(Ipv4Address.parse("192.0.2.1"), network, 31)).isEmpty();
		assertThat(Addresses.notAHost(Ipv4Address.parse("192.0.2.0"), network, 31)).isEmpty();
		assertThat(Addresses.notAHost(Ipv4Address.parse("192.0.2.0"), network, 32)).isEmpty();
		assertThat(Addresses.notAHost(Ipv4Address.parse("255.255.255.255"), network, 24))
			.contains("255.255.255.255 is the limited broadcast address");
		assertThat(Addresses.notAHost(Ipv4Address.parse("0.0.0.0"), network, 24))
			.contains("0.0.0.0 is the unspecified address");
		assertThat(Addresses.notAHost(Ipv4Address.parse("224.0.0.1"), network, 24)).isPresent();
		assertThat(Addresses.notAHost(Ipv4Address.parse("127.0.0.1"), network, 24)).isPresent();
	}

	private static ServerLink link(String address, int prefixLength) {
		return new ServerLink("eth0", Ipv4Address.parse(address), prefixLength);
	}

}
