package dev.ucdhcp.probe.wire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.support.RealParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The systemd unit's system-call filter against what the JVM really calls: the responder
 * traced with strace while it starts, answers a phone and turns away a DISCOVER; every
 * call must pass the unit's {@code SystemCallFilter=} lines as systemd expands them
 * ({@code systemd-analyze syscall-filter}). No systemd is needed to run it, and a JDK
 * update that needs a new call fails here instead of on a branch's server.
 */
class ResponderSystemCallsIT {

	private static final Path UNIT = Path.of("deploy", "ucdhcp-responder.service");

	private static final Pattern CALL = Pattern.compile("^\\d+\\s+([a-z0-9_]+)\\(", Pattern.MULTILINE);

	@TempDir
	Path dir;

	@BeforeEach
	void needsRootStraceAndSystemdAnalyze() {
		RealParts.requireRoot("The system-call trace");
		RealParts.requireExecutable("/usr/bin/strace", "strace");
		RealParts.requireExecutable("/usr/bin/systemd-analyze", "systemd");
	}

	@Test
	void everySystemCallOfTheRespondingJvmPassesTheUnitsFilter() throws IOException {
		Path trace = this.dir.resolve("strace.txt");
		try (NetnsLink link = NetnsLink.create();
				RunningDaemon responder = ResponderRun.start(link.serverNamespace(),
						List.of("/usr/bin/strace", "-f", "-qq", "-o", trace.toString()), link.serverInterface(),
						this.dir.resolve("responder.log"), "--pool", "lync.schertz.local")) {
			ProbeRun.Outcome phone = ProbeRun.inside(link, "--discover", "--inform");
			assertThat(phone.reply("DHCPINFORM")).as(phone.output() + "\n" + responder.log()).isPresent();
		}
		Set<String> called = new TreeSet<>();
		Matcher matcher = CALL.matcher(Files.readString(trace));
		while (matcher.find()) {
			called.add(matcher.group(1));
		}
		Set<String> allowed = allowedByTheUnit();

		assertThat(called).as("system calls traced").contains("recvfrom", "sendto", "bind");
		assertThat(called).as("calls the unit's SystemCallFilter= refuses").isSubsetOf(allowed);
	}

	/** The unit's lines in order: an allow list, then "~" lines taking calls away. */
	private static Set<String> allowedByTheUnit() throws IOException {
		Map<String, List<String>> groups = groups();
		Set<String> allowed = new TreeSet<>();
		List<String> filters = Files.readAllLines(UNIT)
			.stream()
			.filter((line) -> line.startsWith("SystemCallFilter="))
			.map((line) -> line.substring("SystemCallFilter=".length()).strip())
			.toList();
		assertThat(filters).as("SystemCallFilter= lines of " + UNIT).isNotEmpty();
		for (String filter : filters) {
			boolean deny = filter.startsWith("~");
			for (String item : filter.replace("~", "").split("\\s+")) {
				Set<String> calls = expand(item, groups);
				if (deny) {
					allowed.removeAll(calls);
				}
				else {
					allowed.addAll(calls);
				}
			}
		}
		return allowed;
	}

	private static Set<String> expand(String item, Map<String, List<String>> groups) {
		Set<String> calls = new TreeSet<>();
		Deque<String> pending = new ArrayDeque<>(List.of(item));
		Set<String> seen = new TreeSet<>();
		while (!pending.isEmpty()) {
			String next = pending.pop();
			if (!seen.add(next)) {
				continue;
			}
			if (next.startsWith("@")) {
				pending.addAll(groups.getOrDefault(next, List.of()));
			}
			else {
				calls.add(next);
			}
		}
		return calls;
	}

	/** systemd's own groups: "@name" at the start of a line, its members indented. */
	private static Map<String, List<String>> groups() {
		String listing = Commands.check(Duration.ofSeconds(20), "systemd-analyze", "syscall-filter");
		Map<String, List<String>> groups = new HashMap<>();
		List<String> current = null;
		for (String line : listing.lines().toList()) {
			if (line.startsWith("@")) {
				current = new ArrayList<>();
				groups.put(line.strip(), current);
			}
			else if (current != null && line.startsWith("    ") && !line.strip().startsWith("#")) {
				current.add(line.strip());
			}
		}
		assertThat(groups).containsKeys("@system-service", "@privileged", "@default");
		return groups;
	}

}
