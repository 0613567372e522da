package dev.ucdhcp.apply;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merge and the rollback on configurations Kea 2.2's config-get returned (every
 * default filled in), without a server.
 */
class Dhcp4MergeTest {

	private static final Map<String, String> SEED = Map.of("pool", "lync.schertz.local");

	/** The inputs {@code config-get-after-apply.json} was applied with. */
	private static final Map<String, String> APPLIED = Map.of("pool", "lync.schertz.local", "ntp",
			"192.0.2.123,192.0.2.124", "vlan", "120");

	private static final String OPTION_120 = "00046C796E63077363686572747A056C6F63616C00";

	private static final String OPTION_43 = "010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663";

	private final JsonNode baseline = Fixtures.dhcp4("config-get-baseline.json");

	@Test
	void addsDefinitionClassAndServerLevelOption120EachMarked() {
		Dhcp4Merge.Outcome outcome = Fixtures.apply(this.baseline, SEED);

		assertThat(outcome.refusals()).isEmpty();
		assertThat(outcome.changes()).containsExactly("add option-def ms-uc-sip-server (code 120)",
				"add option-data ms-uc-sip-server (server level)", "add client class MS-UC-Client");
		JsonNode dhcp4 = outcome.dhcp4();
		JsonNode def = last(dhcp4.path("option-def"));
		assertThat(def.path("code").asInt()).isEqualTo(120);
		assertThat(def.path("type").asString()).isEqualTo("binary");
		JsonNode data = last(dhcp4.path("option-data"));
		assertThat(data.path("data").asString()).isEqualTo(OPTION_120);
		JsonNode phones = last(dhcp4.path("client-classes"));
		assertThat(phones.path("name").asString()).isEqualTo("MS-UC-Client");
		assertThat(phones.path("option-data").path(0).path("data").asString()).isEqualTo(OPTION_43);
		for (JsonNode added : new JsonNode[] { def, data, phones }) {
			JsonNode note = added.path("user-context").path("ucdhcp");
			assertThat(note.path("added-by").asString()).isEqualTo("ucdhcp apply");
			assertThat(note.path("at").asString()).isEqualTo("2026-12-02T01:00:00Z");
			assertThat(note.path("permalink").asString()).isEqualTo("/?pool=lync.schertz.local&vendor=kea");
		}
	}

	@Test
	void leavesEveryBaselineEntryAsItWas() {
		Dhcp4Merge.Outcome outcome = Fixtures.apply(this.baseline, APPLIED);

		assertThat(Dhcp4Merge.rollback(outcome.dhcp4()).dhcp4()).isEqualTo(this.baseline);
	}

	@Test
	void secondApplyOnWhatKeaReturnedChangesNothing() {
		JsonNode applied = Fixtures.dhcp4("config-get-after-apply.json");

		Dhcp4Merge.Outcome outcome = Fixtures.apply(applied, APPLIED);

		assertThat(outcome.changes()).isEmpty();
		assertThat(outcome.refusals()).isEmpty();
		assertThat(outcome.dhcp4()).isEqualTo(applied);
	}

	@Test
	void rollbackOfWhatKeaReturnedGivesTheBaselineExactly() {
		Dhcp4Merge.Outcome outcome = Dhcp4Merge.rollback(Fixtures.dhcp4("config-get-after-apply.json"));

		assertThat(outcome.changes()).containsExactly("remove client class MS-UC-Client",
				"remove client class CPE-OCPHONE", "remove option-data ms-uc-sip-server (code 120)",
				"remove option-data ntp-servers (code 42)", "remove option-def ms-uc-sip-server (code 120)");
		assertThat(outcome.dhcp4()).isEqualTo(this.baseline);
	}

	@Test
	void rollbackKeepsWhatTheAdminAddedAfterTheApply() {
		ObjectNode applied = (ObjectNode) Fixtures.dhcp4("config-get-after-apply.json");
		ObjectNode later = ((ArrayNode) applied.path("option-data")).addObject();
		later.put("name", "time-offset").put("data", "3600");

		JsonNode rolledBack = Dhcp4Merge.rollback(applied).dhcp4();

		assertThat(last(rolledBack.path("option-data")).path("name").asString()).isEqualTo("time-offset");
		((ArrayNode) rolledBack.path("option-data")).remove(rolledBack.path("option-data").size() - 1);
		assertThat(rolledBack).isEqualTo(this.baseline);
	}

	@Test
	void scopePutsOnlyOption120IntoTheServersSubnetNotARouterOrPool() {
		Dhcp4Merge.Outcome outcome = Fixtures.apply(this.baseline, Fixtures.BRANCH);

		assertThat(outcome.changes()).containsExactly("add option-def ms-uc-sip-server (code 120)",
				"add client class MS-UC-Client-branch",
				"add option-data ms-uc-sip-server in subnet4 198.51.100.0/24 (id 30)");
		JsonNode subnet = outcome.dhcp4().path("subnet4").path(1);
		assertThat(subnet.path("option-data")).hasSize(2);
		assertThat(subnet.path("option-data").path(0))
			.isEqualTo(this.baseline.path("subnet4").path(1).path("option-data").path(0));
		assertThat(subnet.path("option-data").path(1).path("data").asString())
			.isEqualTo("00057362613031066272616E6368077363686572747A056C6F63616C00");
		assertThat(subnet.path("pools")).isEqualTo(this.baseline.path("subnet4").path(1).path("pools"));
		assertThat(outcome.dhcp4().path("option-data")).isEqualTo(this.baseline.path("option-data"));
	}

	@Test
	void scopeInsideASharedNetworkIsFound() {
		ObjectNode server = (ObjectNode) this.baseline.deepCopy();
		ArrayNode subnets = (ArrayNode) server.path("subnet4");
		JsonNode branch = subnets.remove(1);
		ObjectNode shared = server.putArray("shared-networks").addObject();
		shared.put("name", "branch-floor-2");
		shared.putArray("subnet4").add(branch);

		Dhcp4Merge.Outcome outcome = Fixtures.apply(server, Fixtures.BRANCH);

		assertThat(outcome.refusals()).isEmpty();
		assertThat(outcome.dhcp4().path("shared-networks").path(0).path("subnet4").path(0).path("option-data"))
			.hasSize(2);
	}

	@Test
	void refusesAScopeWithoutSubnetSayingWhatToDo() {
		Dhcp4Merge.Outcome outcome = Fixtures.apply(this.baseline,
				Map.of("pool", "lync.schertz.local", "scope", "10.10.20.0/24"));

		assertThat(outcome.refusals()).singleElement()
			.asString()
			.contains("no subnet4 10.10.20.0/24")
			.contains("add that subnet to Kea first");
	}

	@Test
	void refusesAnOption120DefinedDifferently() {
		ObjectNode server = (ObjectNode) this.baseline.deepCopy();
		((ArrayNode) server.path("option-def")).addObject()
			.put("name", "sip-server")
			.put("code", 120)
			.put("space", "dhcp4")
			.put("type", "fqdn");

		Dhcp4Merge.Outcome outcome = Fixtures.apply(server, SEED);

		assertThat(outcome.refusals()).singleElement()
			.asString()
			.startsWith("The server already has option-def sip-server (code 120), not as ucdhcp writes it (name:")
			.contains("remove or rename that option-def");
	}

	@Test
	void refusesAClassMsUcClientThatSaysSomethingElse() {
		ObjectNode server = (ObjectNode) this.baseline.deepCopy();
		((ArrayNode) server.path("client-classes")).addObject()
			.put("name", "MS-UC-Client")
			.put("test", "substring(option[vendor-class-identifier].hex,0,5) == 'MS-UC'");

		Dhcp4Merge.Outcome outcome = Fixtures.apply(server, SEED);

		assertThat(outcome.refusals()).singleElement()
			.asString()
			.contains("client class MS-UC-Client")
			.contains("test: the server has")
			.contains("rename or remove the server's class");
	}

	@Test
	void refusesServerLevelOption120WithOtherBytes() {
		ObjectNode server = (ObjectNode) this.baseline.deepCopy();
		((ArrayNode) server.path("option-def")).addObject()
			.put("name", "ms-uc-sip-server")
			.put("code", 120)
			.put("type", "binary");
		((ArrayNode) server.path("option-data")).addObject()
			.put("name", "ms-uc-sip-server")
			.put("code", 120)
			.put("csv-format", false)
			.put("data", "0003666F6F00");

		Dhcp4Merge.Outcome outcome = Fixtures.apply(server, SEED);

		assertThat(outcome.refusals()).singleElement()
			.asString()
			.contains("option-data ms-uc-sip-server (code 120) (server level)")
			.contains("the server has \"0003666F6F00\", ucdhcp writes \"" + OPTION_120 + "\"");
	}

	@Test
	void theAdminsOwnEqualEntriesStayUnmarkedAndSurviveRollback() {
		ObjectNode server = (ObjectNode) this.baseline.deepCopy();
		((ArrayNode) server.path("option-def")).addObject()
			.put("name", "ms-uc-sip-server")
			.put("code", 120)
			.put("type", "binary");
		// Kea reads hex with colons and in lower case: the same bytes
		((ArrayNode) server.path("option-data")).addObject()
			.put("name", "ms-uc-sip-server")
			.put("csv-format", false)
			.put("data", "00:04:6c:79:6e:63:07:73:63:68:65:72:74:7a:05:6c:6f:63:61:6c:00");

		Dhcp4Merge.Outcome outcome = Fixtures.apply(server, SEED);

		assertThat(outcome.refusals()).isEmpty();
		assertThat(outcome.changes()).containsExactly("add client class MS-UC-Client");
		assertThat(outcome.kept()).hasSize(2);
		assertThat(Dhcp4Merge.rollback(outcome.dhcp4()).dhcp4()).isEqualTo(server);
	}

	@Test
	void newInputsUpdateWhatAnEarlierApplyAdded() {
		JsonNode applied = Fixtures.dhcp4("config-get-after-apply.json");

		Dhcp4Merge.Outcome outcome = Fixtures.apply(applied, Map.of("pool", "lync.schertz.local", "director",
				"dir01.schertz.local", "ntp", "192.0.2.123,192.0.2.124", "vlan", "120"));

		assertThat(outcome.refusals()).isEmpty();
		assertThat(outcome.changes()).singleElement()
			.asString()
			.startsWith("update option-data ms-uc-sip-server (server level) (data: the server has");
	}

	@Test
	void manySubnetsEachGetTheirOwnOption120AndAMissingOneIsNamed() {
		RenderedKea twoSites = RenderedKea.parse("""
				{ "Dhcp4": {
				  "option-def": [ { "name": "ms-uc-sip-server", "code": 120, "space": "dhcp4", "type": "binary" } ],
				  "subnet4": [
				    { "id": 1, "subnet": "192.0.2.0/24", "pools": [ { "pool": "192.0.2.2 - 192.0.2.254" } ],
				      "option-data": [ { "name": "routers", "data": "192.0.2.1" },
				        { "name": "ms-uc-sip-server", "csv-format": false, "data": "0101C0000205" } ] },
				    { "id": 2, "subnet": "198.51.100.0/24",
				      "option-data": [ { "name": "ms-uc-sip-server", "csv-format": false, "data": "0101C6336405" } ] }
				  ] } }
				""");

		Dhcp4Merge.Outcome outcome = Dhcp4Merge.apply(this.baseline, twoSites, Fixtures.mark(SEED));

		assertThat(outcome.refusals()).isEmpty();
		assertThat(outcome.changes()).containsExactly("add option-def ms-uc-sip-server (code 120)",
				"add option-data ms-uc-sip-server in subnet4 192.0.2.0/24 (id 20)",
				"add option-data ms-uc-sip-server in subnet4 198.51.100.0/24 (id 30)");
		assertThat(outcome.dhcp4().path("subnet4").path(0).path("option-data").path(1).path("data").asString())
			.isEqualTo("0101C0000205");
		assertThat(outcome.dhcp4().path("subnet4").path(1).path("option-data").path(1).path("data").asString())
			.isEqualTo("0101C6336405");
		ObjectNode oneSubnet = (ObjectNode) this.baseline.deepCopy();
		((ArrayNode) oneSubnet.path("subnet4")).remove(0);
		assertThat(Dhcp4Merge.apply(oneSubnet, twoSites, Fixtures.mark(SEED)).refusals()).singleElement()
			.asString()
			.contains("no subnet4 192.0.2.0/24");
	}

	private static JsonNode last(JsonNode array) {
		return array.path(array.size() - 1);
	}

}
