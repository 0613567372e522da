package dev.ucdhcp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.responder.ResponderCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/ucdhcp-responder.service, read as text (no systemd here; ResponderSystemCallsIT
 * traces the JVM against its system-call filter): no root, one capability, only the
 * phones' interface and subnet, no restart loop on a bad command line.
 */
class ResponderServiceUnitTest {

	private static List<String> lines;

	@BeforeAll
	static void read() throws IOException {
		lines = Files.readAllLines(Path.of("deploy", "ucdhcp-responder.service"));
	}

	@Test
	void runsAsAThrowawayUserWithOnlyTheRightToBindPort67() {
		assertThat(values("DynamicUser")).containsExactly("yes");
		assertThat(values("User")).isEmpty();
		assertThat(values("AmbientCapabilities")).containsExactly("CAP_NET_BIND_SERVICE");
		assertThat(values("CapabilityBoundingSet")).containsExactly("CAP_NET_BIND_SERVICE");
		assertThat(values("NoNewPrivileges")).containsExactly("yes");
	}

	@Test
	void doesNotRestartOnWhatARestartCannotFix() {
		assertThat(values("Restart")).containsExactly("on-failure");
		assertThat(values("RestartPreventExitStatus")).containsExactly(Integer.toString(ResponderCommand.CANNOT_RUN));
	}

	@Test
	void reachesOnlyThePhonesInterfaceAndSubnet() {
		String execStart = String.join(" ", lines).replace("\\", " ");
		Matcher device = Pattern.compile("--interface (\\S+)").matcher(execStart);
		Matcher scope = Pattern.compile("scope=([0-9./]+)").matcher(execStart);
		assertThat(device.find()).as("--interface in ExecStart").isTrue();
		assertThat(scope.find()).as("a scope in ExecStart").isTrue();

		assertThat(values("RestrictNetworkInterfaces")).containsExactly(device.group(1));
		assertThat(values("IPAddressDeny")).containsExactly("any");
		assertThat(values("IPAddressAllow")).containsExactly(scope.group(1));
		assertThat(values("RestrictAddressFamilies")).containsExactly("AF_INET AF_UNIX AF_NETLINK");
	}

	@Test
	void filtersSystemCallsToThoseOfAnUnprivilegedService() {
		assertThat(values("SystemCallFilter")).containsExactly("@system-service", "~@privileged");
		assertThat(values("SystemCallErrorNumber")).containsExactly("EPERM");
		assertThat(values("SystemCallArchitectures")).containsExactly("native");
	}

	private static List<String> values(String key) {
		return lines.stream()
			.filter((line) -> line.startsWith(key + "="))
			.map((line) -> line.substring(key.length() + 1).strip())
			.toList();
	}

}
