package dev.ucdhcp.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.ucdhcp.encoding.PhoneProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code apply kea} against Debian's kea-dhcp4 and kea-ctrl-agent, started here with a
 * realistic baseline (two subnets with pools, a reservation, options and classes of the
 * admin's own).
 */
class KeaApplyIT {

	private static final String PASSWORD = "Kea-agent-pw-4711";

	@TempDir
	Path dir;

	@BeforeEach
	void needsKea() {
		KeaUnderTest.require();
	}

	@Test
	void dryRunApplyReapplyRestartAndRollback() throws Exception {
		Map<String, String> inputs = Map.of("pool", "lync.schertz.local", "ntp", "192.0.2.123", "vlan", "120");
		PhoneProvisioning provisioning = Fixtures.provisioning(inputs);
		try (KeaUnderTest kea = start(UnaryOperator.identity(), Optional.empty())) {
			JsonNode baseline = kea.configGet();
			String baselineFile = Files.readString(kea.configFile());

			KeaUnderTest.Result dryRun = KeaUnderTest.apply(args(kea, inputs));
			assertThat(dryRun.exit()).as(dryRun.all()).isZero();
			assertThat(dryRun.out()).contains("config-test: ok", "Dry run: nothing was changed");
			assertThat(kea.configGet()).isEqualTo(baseline);
			assertThat(Files.readString(kea.configFile())).isEqualTo(baselineFile);

			KeaUnderTest.Result applied = KeaUnderTest.apply(args(kea, inputs, "--yes"));
			assertThat(applied.exit()).as(applied.all() + kea.logs()).isZero();
			assertThat(applied.out()).contains("config-write: ok", "[" + kea.configFile() + "]");
			JsonNode running = kea.configGet();
			assertExactBytes(running, provisioning);
			assertThat(Dhcp4Merge.rollback(running).dhcp4()).as("the baseline, intact").isEqualTo(baseline);
			assertThat(Dhcp4Merge.rollback(running).changes()).hasSize(5);

			assertThat(KeaUnderTest.run(KeaUnderTest.KEA_DHCP4, "-t", kea.configFile().toString()))
				.as("kea-dhcp4 -t on the written file")
				.isZero();
			kea.restartDhcp4();
			assertThat(kea.configGet()).as("after a restart from the written file").isEqualTo(running);

			KeaUnderTest.Result again = KeaUnderTest.apply(args(kea, inputs, "--yes"));
			assertThat(again.exit()).isZero();
			assertThat(again.out()).contains("Nothing to change").doesNotContain("config-set");
			assertThat(kea.configGet()).isEqualTo(running);

			KeaUnderTest.Result rollback = KeaUnderTest.apply("kea", "--control-agent", kea.agentUrl(), "--rollback");
			assertThat(rollback.exit()).as(rollback.all()).isZero();
			assertThat(kea.configGet()).as("config-get after rollback").isEqualTo(baseline);
			kea.restartDhcp4();
			assertThat(kea.configGet()).as("and after a restart").isEqualTo(baseline);
		}
	}

	@Test
	void anEntryTheAdminAddsAfterAnApplySurvivesTheRollback() {
		try (KeaUnderTest kea = start(UnaryOperator.identity(), Optional.empty())) {
			JsonNode baseline = kea.configGet();
			assertThat(KeaUnderTest.apply(args(kea, Fixtures.BRANCH, "--yes")).exit()).isZero();
			ObjectNode edited = (ObjectNode) kea.configGet().deepCopy();
			ObjectNode branchSubnet = (ObjectNode) edited.path("subnet4").path(1);
			((ArrayNode) branchSubnet.path("option-data")).addObject()
				.put("name", "domain-name")
				.put("data", "floor2.branch.schertz.local");
			kea.configSet(edited);
			JsonNode withAdminEntry = kea.configGet();

			KeaUnderTest.Result rollback = KeaUnderTest.apply("kea", "--control-agent", kea.agentUrl(), "--rollback");

			assertThat(rollback.exit()).as(rollback.all()).isZero();
			JsonNode after = kea.configGet();
			JsonNode subnetData = after.path("subnet4").path(1).path("option-data");
			assertThat(subnetData).hasSize(2);
			assertThat(subnetData.path(1).path("data").asString()).isEqualTo("floor2.branch.schertz.local");
			ObjectNode withoutIt = (ObjectNode) after.deepCopy();
			((ArrayNode) withoutIt.path("subnet4").path(1).path("option-data")).remove(1);
			assertThat(withoutIt).isEqualTo(baseline);
			assertThat(withAdminEntry.path("subnet4").path(1).path("option-data")).hasSize(3);
		}
	}

	@Test
	void aScopeGoesIntoTheServersSubnetAndNowhereElse() {
		try (KeaUnderTest kea = start(UnaryOperator.identity(), Optional.empty())) {
			JsonNode baseline = kea.configGet();

			KeaUnderTest.Result applied = KeaUnderTest.apply(args(kea, Fixtures.BRANCH, "--yes"));

			assertThat(applied.exit()).as(applied.all()).isZero();
			JsonNode running = kea.configGet();
			JsonNode branch = running.path("subnet4").path(1);
			assertThat(branch.path("option-data")).hasSize(2);
			assertThat(branch.path("option-data").path(1).path("data").asString())
				.isEqualTo(hex(Fixtures.provisioning(Fixtures.BRANCH).option120().bytes()));
			assertThat(running.path("subnet4").path(0)).isEqualTo(baseline.path("subnet4").path(0));
			assertThat(running.path("option-data")).isEqualTo(baseline.path("option-data"));

			KeaUnderTest.Result elsewhere = KeaUnderTest
				.apply(args(kea, Map.of("pool", "lync.schertz.local", "scope", "203.0.113.0/24"), "--yes"));
			assertThat(elsewhere.exit()).isEqualTo(ApplyCommand.REFUSED);
			assertThat(elsewhere.err()).contains("no subnet4 203.0.113.0/24");
			assertThat(kea.configGet()).isEqualTo(running);
		}
	}

	@Test
	void aConflictingOption120DefinitionIsRefusedUntouched() throws Exception {
		refusedUntouched((dhcp4) -> {
			((ArrayNode) dhcp4.path("option-def")).addObject()
				.put("name", "sip-server-name")
				.put("code", 120)
				.put("space", "dhcp4")
				.put("type", "string");
			return dhcp4;
		}, "option-def sip-server-name (code 120)");
	}

	@Test
	void aDifferentClassMsUcClientIsRefusedUntouched() throws Exception {
		refusedUntouched((dhcp4) -> {
			ObjectNode phones = ((ArrayNode) dhcp4.path("client-classes")).addObject();
			phones.put("name", "MS-UC-Client").put("test", "option[vendor-class-identifier].text == 'MS-UC-Client'");
			phones.putArray("option-data").addObject().put("name", "domain-name").put("data", "phones.schertz.local");
			return dhcp4;
		}, "client class MS-UC-Client");
	}

	@Test
	void basicAuthWorksAndThePasswordIsNeverPrinted() throws Exception {
		ObjectNode authentication = JsonText.NODES.objectNode();
		authentication.put("type", "basic").put("realm", "kea-control-agent");
		authentication.putArray("clients").addObject().put("user", "kea-admin").put("password", PASSWORD);
		try (KeaUnderTest kea = start(UnaryOperator.identity(), Optional.of(authentication))) {
			Path good = Fixtures.passwordFile(this.dir.resolve("agent-password"), PASSWORD + "\n");
			Path bad = Fixtures.passwordFile(this.dir.resolve("wrong-password"), "wrong-" + PASSWORD + "\n");

			KeaUnderTest.Result refused = KeaUnderTest
				.apply(args(kea, Fixtures.BRANCH, "--yes", "--user", "kea-admin", "--password-file", bad.toString()));
			KeaUnderTest.Result anonymous = KeaUnderTest.apply(args(kea, Fixtures.BRANCH));
			KeaUnderTest.Result applied = KeaUnderTest
				.apply(args(kea, Fixtures.BRANCH, "--yes", "--user", "kea-admin", "--password-file", good.toString()));

			assertThat(refused.exit()).as(refused.all()).isEqualTo(ApplyCommand.UNREACHABLE);
			assertThat(refused.err()).contains("HTTP 401");
			assertThat(anonymous.exit()).isEqualTo(ApplyCommand.UNREACHABLE);
			assertThat(anonymous.err()).contains("give --user and --password-file");
			assertThat(applied.exit()).as(applied.all()).isZero();
			assertThat(refused.all() + anonymous.all() + applied.all()).doesNotContain(PASSWORD);
		}
	}

	@Test
	void sitesPutEachSitesOption120IntoItsOwnSubnet() {
		Map<String, String> sites = Map.of("pool", "lync.schertz.local", "sites",
				"floor2,192.0.2.0/24,sba01.branch.schertz.local\nhq,198.51.100.0/24");
		PhoneProvisioning provisioning = Fixtures.provisioning(sites);
		try (KeaUnderTest kea = start(UnaryOperator.identity(), Optional.empty())) {
			JsonNode baseline = kea.configGet();

			KeaUnderTest.Result applied = KeaUnderTest.apply(args(kea, sites, "--yes"));

			assertThat(applied.exit()).as(applied.all()).isZero();
			JsonNode running = kea.configGet();
			for (int i = 0; i < 2; i++) {
				JsonNode data = running.path("subnet4").path(i).path("option-data");
				assertThat(data).hasSize(2);
				assertThat(data.path(1).path("data").asString())
					.isEqualTo(hex(provisioning.perSite().get(i).option120().bytes()));
			}
			assertThat(running.path("subnet4").path(0).path("option-data").path(1).path("data").asString())
				.isNotEqualTo(running.path("subnet4").path(1).path("option-data").path(1).path("data").asString());
			assertThat(KeaUnderTest.apply(args(kea, sites, "--yes")).out()).contains("Nothing to change");

			KeaUnderTest.Result oneTooMany = KeaUnderTest.apply(args(kea,
					Map.of("pool", "lync.schertz.local", "sites", "floor2,192.0.2.0/24\nlab,203.0.113.0/24"), "--yes"));
			assertThat(oneTooMany.exit()).isEqualTo(ApplyCommand.REFUSED);
			assertThat(oneTooMany.err()).contains("no subnet4 203.0.113.0/24").doesNotContain("192.0.2.0/24 for");
			assertThat(kea.configGet()).isEqualTo(running);

			assertThat(KeaUnderTest.apply("kea", "--control-agent", kea.agentUrl(), "--rollback").exit()).isZero();
			assertThat(kea.configGet()).isEqualTo(baseline);
		}
	}

	private void refusedUntouched(UnaryOperator<ObjectNode> conflict, String named) throws Exception {
		try (KeaUnderTest kea = start(conflict, Optional.empty())) {
			JsonNode before = kea.configGet();
			String file = Files.readString(kea.configFile());

			KeaUnderTest.Result result = KeaUnderTest.apply(args(kea, Map.of("pool", "lync.schertz.local"), "--yes"));

			assertThat(result.exit()).as(result.all()).isEqualTo(ApplyCommand.REFUSED);
			assertThat(result.err()).contains("refused: The server already has " + named, "nothing was changed");
			assertThat(kea.configGet()).isEqualTo(before);
			assertThat(Files.readString(kea.configFile())).isEqualTo(file);
		}
	}

	private KeaUnderTest start(UnaryOperator<ObjectNode> edit, Optional<JsonNode> authentication) {
		return KeaUnderTest.start(this.dir, KeaUnderTest.baseline(this.dir, edit), List.of(), authentication);
	}

	private static void assertExactBytes(JsonNode running, PhoneProvisioning provisioning) {
		JsonNode option120 = find(running.path("option-data"), "ms-uc-sip-server");
		assertThat(option120.path("code").asInt()).isEqualTo(120);
		assertThat(option120.path("data").asString()).isEqualTo(hex(provisioning.option120().bytes()));
		JsonNode phones = find(running.path("client-classes"), "MS-UC-Client");
		assertThat(phones.path("option-data").path(0).path("code").asInt()).isEqualTo(43);
		assertThat(phones.path("option-data").path(0).path("data").asString())
			.isEqualTo(hex(provisioning.option43().bytes()));
		JsonNode vlan = find(running.path("client-classes"), "CPE-OCPHONE");
		assertThat(vlan.path("option-data").path(0).path("data").asString())
			.isEqualTo(hex(provisioning.vlanOption43().orElseThrow().bytes()));
	}

	private static JsonNode find(JsonNode array, String name) {
		for (JsonNode entry : array) {
			if (name.equals(entry.path("name").asString(""))) {
				return entry;
			}
		}
		throw new AssertionError("no " + name + " in " + array);
	}

	private static String[] args(KeaUnderTest kea, Map<String, String> inputs, String... more) {
		List<String> args = new ArrayList<>(List.of("kea", "--control-agent", kea.agentUrl()));
		inputs.forEach((name, value) -> args.addAll(List.of("--" + name, value)));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

}
