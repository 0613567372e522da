package dev.ucdhcp.vendors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.ucdhcp.support.RealParts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a real Debian daemon's own configuration check on a rendered file:
 * {@code dhcpd -t}, {@code kea-dhcp4 -t}, {@code dnsmasq --test}.
 */
final class DaemonCheck {

	private DaemonCheck() {
	}

	/** Fails with the daemon's words and the file when the daemon refuses it. */
	static void assertAccepted(Path temp, String daemon, String config) throws Exception {
		check(temp, daemon, config, true);
	}

	/** Fails when the daemon accepts a file that must not load. */
	static void assertRefused(Path temp, String daemon, String config) throws Exception {
		check(temp, daemon, config, false);
	}

	private static void check(Path temp, String daemon, String config, boolean accepted) throws Exception {
		Path dir = Files.createTempDirectory(temp, daemon);
		Path file = dir.resolve("ucdhcp-" + daemon + ".conf");
		Files.writeString(file, config, StandardCharsets.UTF_8);
		ProcessBuilder check = switch (daemon) {
			case "isc" -> isc(dir, file);
			case "kea" -> kea(dir, file);
			case "dnsmasq" -> dnsmasq(file);
			default -> throw new IllegalArgumentException(daemon);
		};
		Path output = dir.resolve("output.txt");
		Process process = check.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		boolean finished = process.waitFor(30, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		assertThat(finished).as(daemon + " check finished within 30 s").isTrue();
		if (accepted) {
			assertThat(process.exitValue())
				.as(daemon + " refused the file:\n" + Files.readString(output) + "\n---- file ----\n" + config)
				.isZero();
		}
		else {
			assertThat(process.exitValue()).as(daemon + " accepted a file that must not load:\n" + config).isNotZero();
		}
	}

	private static ProcessBuilder isc(Path dir, Path file) throws IOException {
		Path dhcpd = RealParts.requireExecutable("/usr/sbin/dhcpd", "isc-dhcp-server");
		Path leases = Files.createFile(dir.resolve("dhcpd.leases"));
		return new ProcessBuilder(dhcpd.toString(), "-4", "-t", "-cf", file.toString(), "-lf", leases.toString(), "-pf",
				dir.resolve("dhcpd.pid").toString());
	}

	private static ProcessBuilder kea(Path dir, Path file) {
		Path kea = RealParts.requireExecutable("/usr/sbin/kea-dhcp4", "kea-dhcp4-server");
		ProcessBuilder builder = new ProcessBuilder(kea.toString(), "-t", file.toString());
		// kea-dhcp4 -t still wants writable pid and lock directories.
		builder.environment().put("KEA_PIDFILE_DIR", dir.toString());
		builder.environment().put("KEA_LOCKFILE_DIR", dir.toString());
		return builder;
	}

	private static ProcessBuilder dnsmasq(Path file) {
		Path dnsmasq = RealParts.requireExecutable("/usr/sbin/dnsmasq", "dnsmasq");
		// --conf-file=<file> replaces /etc/dnsmasq.conf: nothing else is read.
		return new ProcessBuilder(dnsmasq.toString(), "--test", "--conf-file=" + file);
	}

}
