package dev.ucdhcp.apply;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The command's steps, output and exit codes against a scripted Control Agent. */
class ApplyCommandTest {

	private static final String PASSWORD = "s3cret-Kea-pass";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final JsonNode baseline = Fixtures.dhcp4("config-get-baseline.json");

	private FakeAgent agent;

	@TempDir
	Path dir;

	@AfterEach
	void stop() {
		if (this.agent != null) {
			this.agent.close();
		}
	}

	@Test
	void dryRunShowsTheDiffAndTestsButChangesNothing() throws Exception {
		this.agent = new FakeAgent(this.baseline);

		int exit = apply("--pool", "lync.schertz.local");

		assertThat(exit).as(output()).isEqualTo(ApplyCommand.OK);
		assertThat(this.agent.commands()).containsExactly("config-get", "config-test");
		assertThat(this.agent.dhcp4()).isEqualTo(this.baseline);
		assertThat(output()).contains("--- running (config-get)", "+++ after ucdhcp apply",
				"+      \"name\": \"MS-UC-Client\",", "change: add option-def ms-uc-sip-server (code 120)",
				"config-test: ok", "Dry run: nothing was changed", "your comments, include files and layout lost");
	}

	@Test
	void yesSetsWritesAndChecksThenASecondApplySendsNothing() throws Exception {
		this.agent = new FakeAgent(this.baseline);

		assertThat(apply("--pool", "lync.schertz.local", "--yes")).as(output()).isEqualTo(ApplyCommand.OK);
		assertThat(this.agent.commands()).containsExactly("config-get", "config-test", "config-get", "config-set",
				"config-write", "config-get", "config-set", "config-write");
		assertThat(output()).contains("config-get again: unchanged", "config-write: ok", "[/etc/kea/kea-dhcp4.conf]",
				"Done:");
		assertThat(PendingWrite.since(this.agent.dhcp4())).isEmpty();
		this.out.reset();

		assertThat(apply("--pool", "lync.schertz.local", "--yes")).isEqualTo(ApplyCommand.OK);
		assertThat(this.agent.commands()).hasSize(9).endsWith("config-get");
		assertThat(output()).contains("Nothing to change").doesNotContain("@@");
	}

	@Test
	void anAdminsChangeAfterTheReadIsNeverOverwrittenOnKea22() throws Exception {
		JsonNode adminsChange = withDomainName(this.baseline, "floor2.schertz.local");
		this.agent = new FakeAgent(this.baseline).before("config-test", (agent) -> agent.replace(adminsChange));

		int exit = apply("--pool", "lync.schertz.local", "--yes");

		assertThat(exit).as(output() + errors()).isEqualTo(ApplyCommand.CHANGED_MEANWHILE);
		assertThat(this.agent.commands()).containsExactly("config-get", "config-test", "config-get");
		assertThat(this.agent.dhcp4()).isEqualTo(adminsChange);
		assertThat(output()).contains("config-get again: CHANGED since the first");
		assertThat(errors()).contains("changed after apply read it", "nothing was written over it",
				"+      \"data\": \"floor2.schertz.local\",");
	}

	@Test
	void whereKeaHasConfigHashGetTheHashDecides() throws Exception {
		JsonNode adminsChange = withDomainName(this.baseline, "floor2.schertz.local");
		this.agent = new FakeAgent(this.baseline).withConfigHash()
			.before("config-test", (agent) -> agent.replace(adminsChange));

		int exit = apply("--pool", "lync.schertz.local", "--yes");

		assertThat(exit).as(output() + errors()).isEqualTo(ApplyCommand.CHANGED_MEANWHILE);
		assertThat(this.agent.commands()).containsExactly("config-get", "config-test", "list-commands",
				"config-hash-get");
		assertThat(this.agent.dhcp4()).isEqualTo(adminsChange);
		assertThat(output()).contains("config-hash-get: CHANGED since config-get");
	}

	@Test
	void whereKeaHasConfigHashGetAnUnchangedHashLetsTheApplyThrough() throws Exception {
		this.agent = new FakeAgent(this.baseline).withConfigHash();

		assertThat(apply("--pool", "lync.schertz.local", "--yes")).as(output() + errors()).isEqualTo(ApplyCommand.OK);
		assertThat(this.agent.commands()).containsExactly("config-get", "config-test", "list-commands",
				"config-hash-get", "config-set", "config-write", "config-get", "config-set", "config-write");
	}

	@Test
	void aRunCutOffAfterConfigSetSaysSoAndTheNextRunFinishesIt() throws Exception {
		this.agent = new FakeAgent(this.baseline).dropAnswerTo("config-set");

		int cut = apply("--pool", "lync.schertz.local", "--yes");

		assertThat(cut).as(output() + errors()).isEqualTo(ApplyCommand.UNFINISHED);
		assertThat(errors()).contains("cut off after config-set", "Run the same command again")
			.contains("config-set: the connection broke before the whole answer came")
			.doesNotContain("cannot reach")
			.hasLineCount(2);
		assertThat(this.agent.commands()).endsWith("config-set");
		assertThat(PendingWrite.since(this.agent.dhcp4())).as("the server ran the set").isPresent();
		this.out.reset();

		assertThat(apply("--pool", "lync.schertz.local", "--dry-run")).isEqualTo(ApplyCommand.OK);
		assertThat(output()).contains("change: finish the apply cut off after its config-set of 2026-12-02T01:00:00Z");
		this.out.reset();
		int again = apply("--pool", "lync.schertz.local", "--yes");

		assertThat(again).as(output() + errors()).isEqualTo(ApplyCommand.OK);
		assertThat(this.agent.commands()).endsWith("config-set", "config-write", "config-get", "config-set",
				"config-write");
		assertThat(PendingWrite.since(this.agent.dhcp4())).isEmpty();
		this.out.reset();
		assertThat(apply("--pool", "lync.schertz.local", "--yes")).isEqualTo(ApplyCommand.OK);
		assertThat(output()).contains("Nothing to change");
	}

	@Test
	void aRollbackCutOffBeforeItsWriteIsFinishedByTheNextRollback() throws Exception {
		this.agent = new FakeAgent(this.baseline);
		assertThat(apply("--pool", "lync.schertz.local", "--yes")).isEqualTo(ApplyCommand.OK);
		this.agent.dropAnswerTo("config-write");

		assertThat(apply("--rollback")).as(output() + errors()).isEqualTo(ApplyCommand.UNFINISHED);
		assertThat(this.agent.commands()).endsWith("config-set", "config-write");
		this.out.reset();

		assertThat(apply("--rollback")).as(output() + errors()).isEqualTo(ApplyCommand.OK);
		assertThat(output()).contains("change: finish the apply cut off").doesNotContain("Nothing to roll back");
		assertThat(this.agent.dhcp4()).isEqualTo(this.baseline);
	}

	@Test
	void rollbackRemovesWhatApplyAdded() throws Exception {
		this.agent = new FakeAgent(this.baseline);
		apply("--permalink", "https://ucdhcp.example/?pool=lync.schertz.local&ntp=192.0.2.123&vendor=kea", "--yes");
		assertThat(this.agent.dhcp4()).isNotEqualTo(this.baseline);

		assertThat(apply("--rollback", "--dry-run")).isEqualTo(ApplyCommand.OK);
		assertThat(this.agent.dhcp4()).isNotEqualTo(this.baseline);
		assertThat(apply("--rollback")).as(output()).isEqualTo(ApplyCommand.OK);

		assertThat(this.agent.dhcp4()).isEqualTo(this.baseline);
		assertThat(output()).contains("change: remove option-data ntp-servers");
		this.out.reset();
		assertThat(apply("--rollback")).isEqualTo(ApplyCommand.OK);
		assertThat(output()).contains("Nothing to roll back");
	}

	/**
	 * Issue 25 item 13: the admin repeats the apply's own command line with
	 * {@code --rollback} added.
	 */
	@Test
	void rollbackTakesTheApplysOwnCommandLine() throws Exception {
		this.agent = new FakeAgent(this.baseline);
		String permalink = "https://ucdhcp.example/?pool=lync.schertz.local&ntp=192.0.2.123&vendor=kea";
		assertThat(apply("--permalink", permalink, "--yes")).as(output()).isEqualTo(ApplyCommand.OK);
		assertThat(apply("--pool", "lync.schertz.local", "--ntp", "192.0.2.123", "--yes")).isEqualTo(ApplyCommand.OK);

		assertThat(apply("--permalink", permalink, "--yes", "--rollback", "--dry-run"))
			.isEqualTo(ApplyCommand.USAGE_ERROR);
		assertThat(apply("--permalink", permalink, "--rollback", "--dry-run")).as(output()).isEqualTo(ApplyCommand.OK);
		assertThat(this.agent.dhcp4()).isNotEqualTo(this.baseline);
		assertThat(apply("--pool", "lync.schertz.local", "--ntp", "192.0.2.123", "--yes", "--rollback")).as(output())
			.isEqualTo(ApplyCommand.OK);

		assertThat(this.agent.dhcp4()).isEqualTo(this.baseline);
		assertThat(output()).contains("change: remove option-data ntp-servers", "Done:");
	}

	@Test
	void rollbackChecksItsInputsLikeTheApplyAndSendsNothingWhenOneIsWrong() throws Exception {
		this.agent = new FakeAgent(this.baseline);

		assertThat(apply("--pool", "lync", "--ntp", "192.0.2.300", "--rollback")).isEqualTo(ApplyCommand.USAGE_ERROR);

		assertThat(errors()).contains("apply: --pool: ", "apply: --ntp: ");
		assertThat(this.agent.commands()).isEmpty();
	}

	@Test
	void refusesAConflictWithoutSendingAnything() throws Exception {
		ObjectNode conflicting = (ObjectNode) this.baseline.deepCopy();
		((ArrayNode) conflicting.path("client-classes")).addObject()
			.put("name", "MS-UC-Client")
			.put("test", "option[vendor-class-identifier].text == 'Other'");
		this.agent = new FakeAgent(conflicting);

		int exit = apply("--pool", "lync.schertz.local", "--yes");

		assertThat(exit).isEqualTo(ApplyCommand.REFUSED);
		assertThat(this.agent.commands()).containsExactly("config-get");
		assertThat(errors()).contains("refused: The server already has client class MS-UC-Client",
				"nothing was changed");
	}

	@Test
	void stopsWhenKeaRefusesTheMergedConfiguration() throws Exception {
		this.agent = new FakeAgent(this.baseline).failConfigTest();

		int exit = apply("--pool", "lync.schertz.local", "--yes");

		assertThat(exit).isEqualTo(ApplyCommand.KEA_REJECTED);
		assertThat(this.agent.commands()).containsExactly("config-get", "config-test");
		assertThat(output()).contains("config-test: FAILED (result 1): option 120 is bad");
	}

	@Test
	void basicAuthWorksAndThePasswordIsNeverPrinted() throws Exception {
		this.agent = new FakeAgent(this.baseline).requireUser("kea-admin", PASSWORD);
		Path file = Fixtures.passwordFile(this.dir.resolve("password"), PASSWORD + "\n");

		assertThat(apply("--pool", "lync.schertz.local", "--yes", "--user", "kea-admin", "--password-file",
				file.toString()))
			.as(output())
			.isEqualTo(ApplyCommand.OK);
		Path wrong = Fixtures.passwordFile(this.dir.resolve("wrong"), "not-" + PASSWORD + "\n");
		assertThat(apply("--rollback", "--user", "kea-admin", "--password-file", wrong.toString()))
			.isEqualTo(ApplyCommand.UNREACHABLE);

		assertThat(errors()).contains("refused the request (HTTP 401): check --user and --password-file");
		assertThat(output() + errors()).doesNotContain(PASSWORD);
	}

	@Test
	void withoutCredentialsA401SaysWhatToGive() throws Exception {
		this.agent = new FakeAgent(this.baseline).requireUser("kea-admin", PASSWORD);

		assertThat(apply("--pool", "lync.schertz.local")).isEqualTo(ApplyCommand.UNREACHABLE);
		assertThat(errors()).contains("it asks for a user: give --user and --password-file");
	}

	@Test
	void anAgentThatIsNotThereIsExitFour() throws Exception {
		this.agent = new FakeAgent(this.baseline);
		String url = this.agent.url();
		this.agent.close();

		assertThat(run("kea", "--control-agent", url, "--pool", "lync.schertz.local", "--timeout", "2"))
			.isEqualTo(ApplyCommand.UNREACHABLE);
		assertThat(errors()).contains("config-get: cannot reach the Kea Control Agent at " + url);
	}

	@Test
	void badInputsAreNamedByTheirFlag() {
		assertThat(run("kea", "--control-agent", "http://127.0.0.1:1/", "--pool", "lync", "--port", "70000"))
			.isEqualTo(ApplyCommand.USAGE_ERROR);
		assertThat(errors()).contains("apply: --pool: ", "apply: --port: ");
	}

	@Test
	void helpListsTheExitCodes() {
		assertThat(run("--help")).isEqualTo(ApplyCommand.OK);
		assertThat(output()).contains("Exit: 0 done", "1 refused", "2 usage", "3 Kea rejected", "4 the Control Agent");
	}

	@Test
	void passwordFileLimitIsOneKilobyte() throws Exception {
		this.agent = new FakeAgent(this.baseline).requireUser("u", "x".repeat(1023));
		Path atLimit = Fixtures.passwordFile(this.dir.resolve("at"), "x".repeat(1023) + "\n");
		Path over = Fixtures.passwordFile(this.dir.resolve("over"), "x".repeat(1025));

		assertThat(apply("--pool", "lync.schertz.local", "--user", "u", "--password-file", atLimit.toString()))
			.isEqualTo(ApplyCommand.OK);
		assertThat(Files.size(atLimit)).isEqualTo(AgentLogin.MAX_PASSWORD_FILE_BYTES);
		assertThat(apply("--pool", "lync.schertz.local", "--user", "u", "--password-file", over.toString()))
			.isEqualTo(ApplyCommand.USAGE_ERROR);
		assertThat(errors()).contains("is larger than 1024 bytes");
	}

	@Test
	void aPasswordFileOthersCanReadIsAUsageErrorAndNothingIsSent() throws Exception {
		this.agent = new FakeAgent(this.baseline).requireUser("kea-admin", PASSWORD);
		Path open = Files.writeString(this.dir.resolve("open"), PASSWORD + "\n");
		Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));

		assertThat(apply("--pool", "lync.schertz.local", "--user", "kea-admin", "--password-file", open.toString()))
			.isEqualTo(ApplyCommand.USAGE_ERROR);
		assertThat(this.agent.commands()).isEmpty();
		assertThat(this.agent.authorizations()).isEmpty();
		assertThat(errors()).contains("may be opened by group or others (rw-r--r--): run chmod 600 ");
	}

	private static JsonNode withDomainName(JsonNode dhcp4, String domain) {
		ObjectNode changed = (ObjectNode) dhcp4.deepCopy();
		((ArrayNode) changed.path("option-data")).addObject().put("name", "domain-search").put("data", domain);
		return changed;
	}

	private int apply(String... args) {
		List<String> all = new ArrayList<>(List.of("kea", "--control-agent", this.agent.url()));
		all.addAll(Arrays.asList(args));
		return run(all.toArray(String[]::new));
	}

	private int run(String... args) {
		PrintStream stdout = new PrintStream(this.out, true, StandardCharsets.UTF_8);
		PrintStream stderr = new PrintStream(this.err, true, StandardCharsets.UTF_8);
		return new ApplyCommand(stdout, stderr, Clock.fixed(Fixtures.AT, ZoneOffset.UTC)).run(args);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
