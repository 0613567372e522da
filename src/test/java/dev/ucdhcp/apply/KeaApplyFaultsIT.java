package dev.ucdhcp.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code apply kea} against Debian's kea-dhcp4 and kea-ctrl-agent when things go wrong
 * between them: another admin's change between apply's read and its write, a connection
 * cut after the server acted, an answer whose body never ends. {@link FaultyProxy} sits
 * between apply and the real agent.
 */
class KeaApplyFaultsIT {

	@TempDir
	Path dir;

	@BeforeEach
	void needsKea() {
		KeaUnderTest.require();
	}

	@Test
	void anAdminsChangeBetweenReadAndWriteIsNeverOverwritten() throws Exception {
		try (KeaUnderTest kea = start(); FaultyProxy proxy = FaultyProxy.before(kea)) {
			String file = Files.readString(kea.configFile());
			ObjectNode adminsChange = (ObjectNode) kea.configGet().deepCopy();
			((ArrayNode) adminsChange.path("subnet4").path(1).path("option-data")).addObject()
				.put("name", "domain-name")
				.put("data", "floor2.branch.schertz.local");
			proxy.beforeForwarding("config-test", () -> kea.configSet(adminsChange));

			KeaUnderTest.Result result = KeaUnderTest.apply(args(proxy.url(), "--yes"));

			assertThat(result.exit()).as(result.all()).isEqualTo(ApplyCommand.CHANGED_MEANWHILE);
			assertThat(result.err()).contains("changed after apply read it", "nothing was written over it",
					"floor2.branch.schertz.local");
			assertThat(proxy.commands()).doesNotContain("config-set", "config-write");
			JsonNode running = kea.configGet();
			assertThat(running.path("subnet4").path(1).path("option-data").toString())
				.contains("floor2.branch.schertz.local")
				.doesNotContain("ms-uc-sip-server");
			assertThat(Files.readString(kea.configFile())).isEqualTo(file);

			KeaUnderTest.Result again = KeaUnderTest.apply(args(proxy.url(), "--yes"));
			assertThat(again.exit()).as(again.all()).isZero();
			assertThat(kea.configGet().path("subnet4").path(1).path("option-data").toString())
				.contains("floor2.branch.schertz.local", "ms-uc-sip-server");
		}
	}

	/** The first config-set, or the first config-write, happens; its answer is lost. */
	@ParameterizedTest
	@ValueSource(strings = { "config-set", "config-write" })
	void aRunCutOffAfterTheServerActedIsNamedAndTheNextRunFinishesIt(String cutAfter) throws Exception {
		try (KeaUnderTest kea = start(); FaultyProxy proxy = FaultyProxy.before(kea)) {
			proxy.fault(cutAfter, FaultyProxy.Fault.CUT_AFTER);

			KeaUnderTest.Result cut = KeaUnderTest.apply(args(proxy.url(), "--yes"));

			assertThat(cut.exit()).as(cut.all()).isEqualTo(ApplyCommand.UNFINISHED);
			assertThat(cut.err()).contains("cut off after config-set", "Run the same command again")
				.doesNotContain("cannot reach");
			assertThat(PendingWrite.since(kea.configGet())).as("the server runs the set, noted").isPresent();

			KeaUnderTest.Result finished = KeaUnderTest.apply(args(proxy.url(), "--yes"));

			assertThat(finished.exit()).as(finished.all()).isZero();
			assertThat(finished.out()).contains("change: finish the apply cut off after its config-set",
					"config-write: ok");
			assertThat(Files.readString(kea.configFile())).contains("ms-uc-sip-server").doesNotContain("pending");
			kea.restartDhcp4();
			JsonNode restarted = kea.configGet();
			assertThat(PendingWrite.since(restarted)).isEmpty();
			Dhcp4Merge.Outcome nothingLeft = Fixtures.apply(restarted, Fixtures.BRANCH);
			assertThat(nothingLeft.changes()).as("after a restart the server still has the apply").isEmpty();
		}
	}

	@Test
	void aRollbackCutOffAfterItsConfigSetIsFinishedByTheNextRollback() throws Exception {
		try (KeaUnderTest kea = start(); FaultyProxy proxy = FaultyProxy.before(kea)) {
			JsonNode baseline = kea.configGet();
			assertThat(KeaUnderTest.apply(args(kea.agentUrl(), "--yes")).exit()).isZero();
			proxy.fault("config-set", FaultyProxy.Fault.CUT_AFTER);

			KeaUnderTest.Result cut = KeaUnderTest.apply("kea", "--control-agent", proxy.url(), "--rollback");
			KeaUnderTest.Result finished = KeaUnderTest.apply("kea", "--control-agent", proxy.url(), "--rollback");

			assertThat(cut.exit()).as(cut.all()).isEqualTo(ApplyCommand.UNFINISHED);
			assertThat(finished.exit()).as(finished.all()).isZero();
			kea.restartDhcp4();
			assertThat(kea.configGet()).as("after a restart from the file").isEqualTo(baseline);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "config-get", "config-set" })
	void theTimeoutBoundsAnAnswerWhoseBodyNeverEnds(String stalled) throws Exception {
		try (KeaUnderTest kea = start(); FaultyProxy proxy = FaultyProxy.before(kea)) {
			proxy.fault(stalled, FaultyProxy.Fault.STALL_BODY);
			ExecutorService runner = Executors.newSingleThreadExecutor();
			try {
				long started = System.nanoTime();
				Future<KeaUnderTest.Result> run = runner
					.submit(() -> KeaUnderTest.apply(args(proxy.url(), "--yes", "--timeout", "2")));

				KeaUnderTest.Result result = run.get(20, TimeUnit.SECONDS);

				Duration took = Duration.ofNanos(System.nanoTime() - started);
				System.out.println("stalled " + stalled + ": apply ended after " + took);
				assertThat(took).isLessThan(Duration.ofSeconds(10));
				assertThat(result.err()).contains(stalled + ": no complete answer from " + proxy.url() + " within 2 s");
				assertThat(result.exit()).as(result.all())
					.isEqualTo("config-get".equals(stalled) ? ApplyCommand.UNREACHABLE : ApplyCommand.UNFINISHED);
			}
			finally {
				runner.shutdownNow();
			}
		}
	}

	private KeaUnderTest start() {
		return KeaUnderTest.start(this.dir, KeaUnderTest.baseline(this.dir, UnaryOperator.identity()), List.of(),
				Optional.empty());
	}

	private static String[] args(String agent, String... more) {
		List<String> args = new ArrayList<>(List.of("kea", "--control-agent", agent));
		Fixtures.BRANCH.forEach((name, value) -> args.addAll(List.of("--" + name, value)));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

}
