package dev.ucdhcp.vendors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.support.RealParts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Debian daemons accept every golden file as it is, and the files rendered from
 * 50 seeded random valid inputs each: {@code dhcpd -t}, {@code kea-dhcp4 -t},
 * {@code dnsmasq --test}.
 */
class DaemonAcceptanceIT {

	private static final long SEED = 20261123L;

	private static final int RANDOM_INPUTS = 50;

	private static final TargetRegistry TARGETS = new TargetRegistry();

	@TempDir
	Path temp;

	static Stream<Arguments> goldenFiles() throws IOException {
		List<Arguments> files = new ArrayList<>();
		for (String daemon : List.of("isc", "kea", "dnsmasq")) {
			try (Stream<Path> paths = Files.list(GoldenCases.ROOT.resolve(daemon))) {
				paths.sorted().forEach((path) -> files.add(Arguments.of(daemon, path.getFileName().toString())));
			}
		}
		return files.stream();
	}

	static Stream<Arguments> randomInputs() {
		List<Arguments> cases = new ArrayList<>();
		for (String daemon : List.of("isc", "kea", "dnsmasq")) {
			List<Map<String, String>> inputs = new ValidInputs(SEED + daemon.hashCode()).next(RANDOM_INPUTS);
			for (int i = 0; i < inputs.size(); i++) {
				cases.add(Arguments.of(daemon, i, inputs.get(i)));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} accepts golden {1}")
	@MethodSource("goldenFiles")
	void daemonAcceptsGoldenFile(String daemon, String fileName) throws Exception {
		String config = Files.readString(GoldenCases.ROOT.resolve(daemon).resolve(fileName), StandardCharsets.UTF_8);
		assertAccepted(daemon, config);
	}

	@ParameterizedTest(name = "{0} accepts random input #{1}")
	@MethodSource("randomInputs")
	void daemonAcceptsRenderedRandomInput(String daemon, int index, Map<String, String> inputs) throws Exception {
		PhoneProvisioning provisioning = GoldenCases.parse(inputs);
		Target target = TARGETS.find(daemon).orElseThrow();
		String config = target.render(provisioning, GoldenCases.permalink(provisioning, target));
		assertAccepted(daemon, config);
	}

	private void assertAccepted(String daemon, String config) throws Exception {
		Path file = this.temp.resolve("ucdhcp-" + daemon + ".conf");
		Files.writeString(file, config, StandardCharsets.UTF_8);
		ProcessBuilder check = switch (daemon) {
			case "isc" -> isc(file);
			case "kea" -> kea(file);
			case "dnsmasq" -> dnsmasq(file);
			default -> throw new IllegalArgumentException(daemon);
		};
		Path output = this.temp.resolve("output.txt");
		Process process = check.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		boolean finished = process.waitFor(30, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		assertThat(finished).as(daemon + " check finished within 30 s").isTrue();
		assertThat(process.exitValue())
			.as(daemon + " refused the file:\n" + Files.readString(output) + "\n---- file ----\n" + config)
			.isZero();
	}

	private ProcessBuilder isc(Path file) throws IOException {
		Path dhcpd = RealParts.requireExecutable("/usr/sbin/dhcpd", "isc-dhcp-server");
		Path leases = Files.createFile(this.temp.resolve("dhcpd.leases"));
		return new ProcessBuilder(dhcpd.toString(), "-4", "-t", "-cf", file.toString(), "-lf", leases.toString(), "-pf",
				this.temp.resolve("dhcpd.pid").toString());
	}

	private ProcessBuilder kea(Path file) {
		Path kea = RealParts.requireExecutable("/usr/sbin/kea-dhcp4", "kea-dhcp4-server");
		ProcessBuilder builder = new ProcessBuilder(kea.toString(), "-t", file.toString());
		// kea-dhcp4 -t still wants writable pid and lock directories.
		builder.environment().put("KEA_PIDFILE_DIR", this.temp.toString());
		builder.environment().put("KEA_LOCKFILE_DIR", this.temp.toString());
		return builder;
	}

	private ProcessBuilder dnsmasq(Path file) {
		Path dnsmasq = RealParts.requireExecutable("/usr/sbin/dnsmasq", "dnsmasq");
		// --conf-file=<file> replaces /etc/dnsmasq.conf: nothing else is read.
		return new ProcessBuilder(dnsmasq.toString(), "--test", "--conf-file=" + file);
	}

}
