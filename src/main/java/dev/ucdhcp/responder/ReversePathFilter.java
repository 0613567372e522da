package dev.ucdhcp.responder;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The one way a host on another link can still pass as a phone: a forged source address
 * from the phones' subnet. The JDK cannot tell which interface a datagram came in on, but
 * Linux can drop it before any socket sees it: strict reverse-path filtering (rp_filter
 * 1) refuses a datagram whose source is not routed back through the interface it came in
 * on. Linux applies the larger of {@code conf/all} and the interface's own value.
 */
final class ReversePathFilter {

	private static final Path CONF = Path.of("/proc/sys/net/ipv4/conf");

	private ReversePathFilter() {
	}

	/** The other interfaces with IPv4 addresses on which a forged source would pass. */
	static List<String> notStrict(String served) {
		Optional<Integer> all = value("all");
		List<String> loose = new ArrayList<>();
		for (String name : otherInterfaces(served)) {
			Optional<Integer> own = value(name);
			if (all.isPresent() && own.isPresent() && Math.max(all.get(), own.get()) != 1) {
				loose.add(name);
			}
		}
		return loose;
	}

	static String warning(String served, List<String> loose) {
		return "reverse-path filtering is not strict on " + String.join(", ", loose) + " (rp_filter): a host there"
				+ " could forge the address of a phone on " + served + " and have it answered; set"
				+ " sysctl -w net.ipv4.conf.all.rp_filter=1 (and in /etc/sysctl.d/) to have the kernel drop it";
	}

	private static List<String> otherInterfaces(String served) {
		List<String> names = new ArrayList<>();
		try {
			for (NetworkInterface device : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!device.getName().equals(served) && !device.isLoopback() && device.isUp()
						&& device.inetAddresses().anyMatch((address) -> address instanceof Inet4Address)) {
					names.add(device.getName());
				}
			}
		}
		catch (SocketException ex) {
			// no list of interfaces, no warning: the check is advice, not a condition
		}
		return names;
	}

	private static Optional<Integer> value(String name) {
		try {
			return Optional.of(Integer.parseInt(Files.readString(CONF.resolve(name).resolve("rp_filter")).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
