package dev.ucdhcp.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.encoding.DecodedOption;
import dev.ucdhcp.encoding.Option120;
import dev.ucdhcp.encoding.Option42;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.OptionDecoder;

/**
 * {@code --follow}: walks on from the DHCP replies as the phone does. It resolves the
 * registrar of option 120 and opens TLS to it on 5061, resolves the web services FQDN of
 * option 43 and fetches the provisioning URL over HTTPS, and asks each option 42 server
 * for the time. Every registrar, URL and time server any reply named is followed once.
 */
final class FollowChecks {

	static final int SIP_TLS_PORT = 5061;

	private final NameLookup lookup;

	private final TlsCheck tls;

	private final SntpCheck sntp;

	/**
	 * @throws IOException when {@code --ca} cannot be read
	 */
	FollowChecks(VerifyOptions verify, Duration timeout) throws IOException {
		this.lookup = new NameLookup(verify.dns(), timeout);
		this.tls = new TlsCheck(verify.ca(), timeout);
		this.sntp = new SntpCheck(SntpCheck.NTP_PORT, timeout);
	}

	List<FollowCheck> run(List<DhcpMessage> replies) {
		Set<String> registrars = new LinkedHashSet<>();
		Set<DecodedOption> provisioning = new LinkedHashSet<>();
		Set<InetAddress> timeServers = new LinkedHashSet<>();
		for (DhcpMessage reply : replies) {
			reply.option(Option120.CODE)
				.flatMap((value) -> OptionDecoder.decode(Option120.CODE, value).registrar())
				.ifPresent(registrars::add);
			reply.option(Option43.CODE)
				.map((value) -> OptionDecoder.decode(Option43.CODE, value))
				.filter((decoded) -> decoded.provisioningUrl().isPresent())
				.filter((decoded) -> provisioning.stream()
					.noneMatch((seen) -> seen.provisioningUrl().equals(decoded.provisioningUrl())))
				.ifPresent(provisioning::add);
			reply.option(Option42.CODE).ifPresent((value) -> timeServers.addAll(addresses(value)));
		}
		List<FollowCheck> checks = new ArrayList<>();
		if (registrars.isEmpty() && provisioning.isEmpty()) {
			checks.add(new FollowCheck("follow", "-", false, "no reply named a registrar or a provisioning URL"));
		}
		registrars.forEach((registrar) -> registrar(registrar, checks));
		provisioning.forEach((decoded) -> provisioningUrl(decoded, checks));
		timeServers.forEach((server) -> time(server, checks));
		return checks;
	}

	private void registrar(String registrar, List<FollowCheck> checks) {
		Optional<InetAddress> address = resolve(registrar, "its registrar", checks);
		if (address.isEmpty()) {
			return;
		}
		String target = registrar + ":" + SIP_TLS_PORT;
		try {
			TlsCheck.Seen seen = this.tls.connect(registrar, address.get(), SIP_TLS_PORT, Optional.empty());
			checks.add(new FollowCheck("tls", target, true, certificate(seen)));
		}
		catch (TlsCheck.Failure ex) {
			String message = ex.getMessage().startsWith("nothing answers")
					? "the phone cannot reach its registrar: " + ex.getMessage()
					: "the phone cannot sign in: the registrar's " + ex.getMessage();
			checks.add(new FollowCheck("tls", target, false, message));
		}
	}

	private void provisioningUrl(DecodedOption option43, List<FollowCheck> checks) {
		String url = option43.provisioningUrl().orElseThrow();
		String host = option43.subOptionText(3).orElseThrow();
		if (!"https".equalsIgnoreCase(option43.subOptionText(2).orElse(""))) {
			checks.add(new FollowCheck("https", url, true, "not checked: the scheme is not https"));
			return;
		}
		Optional<InetAddress> address = resolve(host, "its web services", checks);
		if (address.isEmpty()) {
			return;
		}
		try {
			int port = Integer.parseInt(option43.subOptionText(4).orElse("443"));
			TlsCheck.Seen seen = this.tls.connect(host, address.get(), port, option43.subOptionText(5));
			checks.add(new FollowCheck("https", url, true, certificate(seen) + "; " + seen.status().orElse("")));
		}
		catch (NumberFormatException ex) {
			checks.add(new FollowCheck("https", url, false, "the phone cannot fetch its certificate: port "
					+ VerifyOptions.safe(option43.subOptionText(4).orElse("")) + " is not a number"));
		}
		catch (TlsCheck.Failure ex) {
			String message = ex.getMessage().startsWith("nothing answers") ? ex.getMessage()
					: "the web services " + ex.getMessage();
			checks.add(new FollowCheck("https", url, false, "the phone cannot fetch its certificate: " + message));
		}
	}

	private void time(InetAddress server, List<FollowCheck> checks) {
		try {
			int stratum = this.sntp.ask(server);
			checks.add(new FollowCheck("sntp", server.getHostAddress(), true, "answered, stratum " + stratum));
		}
		catch (IOException ex) {
			checks.add(new FollowCheck("sntp", server.getHostAddress(), false,
					"the phone cannot set its clock (and then rejects certificates): " + ex.getMessage()));
		}
	}

	/**
	 * A name or an address (option 120 encoding 1): the phone's first connection target.
	 */
	private Optional<InetAddress> resolve(String name, String what, List<FollowCheck> checks) {
		try {
			if (name.matches("[0-9.]+")) {
				return Optional.of(InetAddress.getByName(name));
			}
			List<InetAddress> addresses = this.lookup.resolve(name);
			if (addresses.isEmpty()) {
				throw new IOException(name + " has no A record (" + this.lookup.resolverName() + ")");
			}
			checks.add(new FollowCheck("dns", name, true,
					"resolves to " + String.join(", ", addresses.stream().map(InetAddress::getHostAddress).toList())));
			return Optional.of(addresses.get(0));
		}
		catch (IOException ex) {
			checks.add(new FollowCheck("dns", name, false, "the phone cannot find " + what + ": " + ex.getMessage()));
			return Optional.empty();
		}
	}

	private static String certificate(TlsCheck.Seen seen) {
		return "certificate for " + String.join(", ", TlsCheck.names(seen.certificate())) + ", issued by "
				+ seen.certificate().getIssuerX500Principal().getName();
	}

	private static List<InetAddress> addresses(byte[] value) {
		List<InetAddress> addresses = new ArrayList<>();
		for (int i = 0; i + 4 <= value.length; i += 4) {
			PhoneClient.address(Arrays.copyOfRange(value, i, i + 4)).ifPresent(addresses::add);
		}
		return addresses;
	}

}
