package dev.ucdhcp.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.Option120;
import dev.ucdhcp.encoding.Option42;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * What ucdhcp renders for the inputs of {@code --expect} (or {@code --sites}), and how a
 * reply compares with it. With sites, each subnet has its own option 120: the reply is
 * compared with the site whose scope holds the phone's address or the selected subnet.
 */
final class Expectation {

	private final PhoneProvisioning provisioning;

	private Expectation(PhoneProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	/**
	 * @throws IllegalArgumentException naming each wrong input as the web would
	 */
	static Expectation of(Map<String, String> inputs) {
		ProvisioningInputs.Parsed parsed = ProvisioningInputs.parse(inputs);
		return new Expectation(parsed.provisioning()
			.orElseThrow(() -> new IllegalArgumentException("the expected inputs are not valid: " + parsed.fieldErrors()
				.entrySet()
				.stream()
				.map((error) -> error.getKey() + ": " + error.getValue())
				.collect(Collectors.joining("; ")))));
	}

	/** One provisioning per site, or the single one. */
	List<PhoneProvisioning> sites() {
		return this.provisioning.sites().isEmpty() ? List.of(this.provisioning) : this.provisioning.perSite();
	}

	/**
	 * The site a phone at {@code address} belongs to; the central rule when none does.
	 */
	PhoneProvisioning at(Ipv4Address address) {
		return this.provisioning.perSite()
			.stream()
			.filter((site) -> site.scope().filter((scope) -> scope.contains(address)).isPresent())
			.findFirst()
			.orElse(this.provisioning);
	}

	PhoneProvisioning in(Ipv4Network network) {
		return at(network.firstHost());
	}

	/**
	 * The site whose option 120 a reply carries when it is not {@code expected}'s: the
	 * server answered for another subnet.
	 */
	Optional<PhoneProvisioning> otherSiteWith(PhoneProvisioning expected, DhcpMessage reply) {
		Optional<byte[]> received = reply.option(Option120.CODE);
		if (received.isEmpty() || Arrays.equals(received.get(), expected.option120().bytes())) {
			return Optional.empty();
		}
		return this.provisioning.perSite()
			.stream()
			.filter((site) -> Arrays.equals(site.option120().bytes(), received.get()))
			.findFirst();
	}

	/** Options 120, 43 (to a phone) and 42 (when the inputs have NTP servers). */
	static List<OptionVerdict> compare(PhoneProvisioning expected, DhcpMessage reply, boolean phone) {
		List<OptionVerdict> verdicts = new ArrayList<>();
		verdicts.add(verdict(Option120.CODE, expected.option120().bytes(), reply));
		if (phone) {
			verdicts.add(verdict(Option43.CODE, expected.option43().bytes(), reply));
		}
		expected.ntp().map(Option42::bytes).ifPresent((ntp) -> verdicts.add(verdict(Option42.CODE, ntp, reply)));
		return verdicts;
	}

	private static OptionVerdict verdict(int code, byte[] expected, DhcpMessage reply) {
		String hex = HexStyle.CANONICAL.format(expected);
		Optional<byte[]> received = reply.option(code);
		if (received.isEmpty()) {
			return new OptionVerdict(code, OptionVerdict.Status.MISSING, hex, Optional.empty(), "");
		}
		Optional<String> receivedHex = received.map(HexStyle.CANONICAL::format);
		if (Arrays.equals(expected, received.get())) {
			return new OptionVerdict(code, OptionVerdict.Status.EXACT, hex, receivedHex, "");
		}
		return new OptionVerdict(code, OptionVerdict.Status.DIFFERENT, hex, receivedHex,
				OptionDifference.explain(code, expected, received.get()));
	}

}
