package dev.ucdhcp.vendors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.support.RandomInputs;
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

	/**
	 * Many sites in one file, on top of random central inputs: 1 to 12 lines, SBAs by
	 * name, by address or none.
	 */
	static Stream<Arguments> randomSitesInputs() {
		List<Arguments> cases = new ArrayList<>();
		for (String daemon : List.of("isc", "kea", "dnsmasq")) {
			ValidInputs central = new ValidInputs(SEED + 1 + daemon.hashCode());
			RandomInputs sites = new RandomInputs(SEED + 2 + daemon.hashCode());
			for (int i = 0; i < RANDOM_INPUTS; i++) {
				Map<String, String> inputs = central.next();
				inputs.remove("scope");
				inputs.remove("sba");
				inputs.put("sites", sites.sites(1 + sites.nextInt(12)));
				cases.add(Arguments.of(daemon, i, inputs));
			}
		}
		return cases.stream();
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
		String config = target.render(provisioning, GoldenCases.permalinks(target));
		assertAccepted(daemon, config);
	}

	@ParameterizedTest(name = "{0} accepts random sites input #{1}")
	@MethodSource("randomSitesInputs")
	void daemonAcceptsRenderedRandomSites(String daemon, int index, Map<String, String> inputs) throws Exception {
		PhoneProvisioning provisioning = GoldenCases.parse(inputs);
		Target target = TARGETS.find(daemon).orElseThrow();
		assertThat(provisioning.sites()).isNotEmpty();
		assertAccepted(daemon, target.render(provisioning, GoldenCases.permalinks(target)));
	}

	private void assertAccepted(String daemon, String config) throws Exception {
		DaemonCheck.assertAccepted(this.temp, daemon, config);
	}

}
