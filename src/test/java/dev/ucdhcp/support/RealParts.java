package dev.ucdhcp.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Guards for tests that need a real part of the machine: a daemon, a browser, root. Under
 * {@code CI=true} a missing part fails the test, because a skipped test proves nothing;
 * elsewhere the test is skipped with a message naming the Debian packages to install.
 */
public final class RealParts {

	private RealParts() {
	}

	public static boolean inCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * The executable at {@code path}, or a failure (CI) / skip (elsewhere) naming the
	 * package.
	 */
	public static Path requireExecutable(String path, String aptPackages) {
		Path executable = Path.of(path);
		require(Files.isExecutable(executable), path + " is missing: apt-get install " + aptPackages);
		return executable;
	}

	public static void requireRoot(String why) {
		require("root".equals(System.getProperty("user.name")),
				why + " needs root (network namespaces, DHCP ports 67/68); run the tests as root");
	}

	/**
	 * The wire tests build their network namespaces with iproute2's {@code ip}, wherever
	 * the distribution puts it.
	 */
	public static void requireIp() {
		require(Stream.of("/usr/sbin/ip", "/usr/bin/ip", "/sbin/ip", "/bin/ip")
			.anyMatch((ip) -> Path.of(ip).toFile().canExecute()), "ip is missing: apt-get install iproute2");
	}

	public static void require(boolean present, String message) {
		if (present) {
			return;
		}
		if (inCi()) {
			Assertions.fail("CI=true and " + message);
		}
		Assumptions.abort("Skipped: " + message);
	}

}
