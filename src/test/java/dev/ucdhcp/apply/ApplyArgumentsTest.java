package dev.ucdhcp.apply;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.cli.Cli;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The command line: what is read, what is refused, and every limit on both sides. */
class ApplyArgumentsTest {

	private static final String AGENT = "http://127.0.0.1:8000/";

	@Test
	void dryRunIsTheDefaultAndYesMustBeSaid() {
		assertThat(parse("--pool", "lync.schertz.local").dryRun()).isTrue();
		assertThat(parse("--pool", "lync.schertz.local", "--yes").dryRun()).isFalse();
		assertThat(parse("--rollback").dryRun()).isFalse();
		assertThat(parse("--rollback", "--dry-run").dryRun()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--pool", "a.b", "--yes", "--dry-run"));
	}

	@Test
	void inputsComeFromFlagsOrFromOnePermalink() {
		assertThat(parse("--pool", "lync.schertz.local", "--scope", "10.10.20.0/24").inputs())
			.isEqualTo(Map.of("pool", "lync.schertz.local", "scope", "10.10.20.0/24"));
		assertThat(parse("--permalink",
				"https://ucdhcp.example/?pool=lync.schertz.local&scope=10.10.20.0%2F24&ntp=192.0.2.1%2C192.0.2.2&vendor=kea#result")
			.inputs())
			.isEqualTo(Map.of("pool", "lync.schertz.local", "scope", "10.10.20.0/24", "ntp", "192.0.2.1,192.0.2.2"));
		assertThat(parse("--permalink", "pool=lync.schertz.local").inputs())
			.isEqualTo(Map.of("pool", "lync.schertz.local"));
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--permalink", "pool=a.b", "--pool", "a.b"))
			.withMessageContaining("not both");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--permalink", "pool=a.b&colour=red"))
			.withMessageContaining("unknown input \"colour\"");
	}

	@Test
	void rollbackTakesTheSameInputsAsTheApplyOrNone() {
		assertThat(parse("--rollback", "--pool", "a.b", "--scope", "10.10.20.0/24").inputs())
			.isEqualTo(Map.of("pool", "a.b", "scope", "10.10.20.0/24"));
		assertThat(parse("--rollback", "--permalink", "pool=a.b").inputs()).isEqualTo(Map.of("pool", "a.b"));
		assertThat(parse("--rollback").inputs()).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--pool", "a.b", "--permalink", "pool=a.b", "--rollback"))
			.withMessageContaining("not both");
		assertThatIllegalArgumentException().isThrownBy(() -> parse()).withMessageContaining("give the inputs");
	}

	@Test
	void refusesWhatWouldLeakOrConfuse() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parseAll("kea", "--control-agent", "http://admin:pw@127.0.0.1:8000/", "--pool", "a.b"))
			.withMessageContaining("must not carry a user or password");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parseAll("kea", "--control-agent", "ftp://127.0.0.1/", "--pool", "a.b"));
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--pool", "a.b", "--user", "admin"))
			.withMessageContaining("go together");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--pool", "a.b", "--pool", "c.d"))
			.withMessageContaining("twice");
		assertThatIllegalArgumentException().isThrownBy(() -> parseAll("isc", "--control-agent", AGENT))
			.withMessageContaining("one server: kea");
	}

	@Test
	void argumentLimit() {
		String query = "pool=lync.schertz.local&path=";
		String atLimit = query + "/" + "a".repeat(Cli.MAX_ARGUMENT_LENGTH - query.length() - 1);

		assertThat(parse("--permalink", atLimit).inputs()).containsKey("path");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--permalink", atLimit + "a"))
			.withMessageContaining("longer than 65536 characters");
	}

	@Test
	void urlLimit() {
		String base = "http://127.0.0.1:8000/";
		String atLimit = base + "a".repeat(ApplyArguments.MAX_URL_LENGTH - base.length());

		assertThat(parseAll("kea", "--control-agent", atLimit, "--pool", "a.b").controlAgent().toString())
			.hasSize(2048);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parseAll("kea", "--control-agent", atLimit + "a", "--pool", "a.b"))
			.withMessageContaining("longer than 2048");
	}

	@Test
	void userAndTimeoutLimits() {
		assertThat(parse("--pool", "a.b", "--user", "u".repeat(64), "--password-file", "/dev/null").user())
			.contains("u".repeat(64));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--pool", "a.b", "--user", "u".repeat(65), "--password-file", "/dev/null"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--pool", "a.b", "--user", "a:b", "--password-file", "/dev/null"));
		assertThat(parse("--pool", "a.b", "--timeout", "300").timeout().toSeconds()).isEqualTo(300);
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--pool", "a.b", "--timeout", "301"));
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--pool", "a.b", "--timeout", "0"));
	}

	/** What the command read: its own options and the web's inputs. */
	record Parsed(ApplyArguments options, Map<String, String> inputs) {

		boolean dryRun() {
			return this.options.dryRun();
		}

		URI controlAgent() {
			return this.options.controlAgent();
		}

		Optional<String> user() {
			return this.options.user();
		}

		Duration timeout() {
			return this.options.timeout();
		}

	}

	private static Parsed parse(String... args) {
		List<String> all = new ArrayList<>(List.of("kea", "--control-agent", AGENT));
		all.addAll(List.of(args));
		return parseAll(all.toArray(String[]::new));
	}

	private static Parsed parseAll(String... args) {
		ApplyCommand command = new ApplyCommand(System.out, System.err, Clock.systemUTC());
		Cli.parse(command, args);
		return new Parsed(command.arguments(), command.inputs());
	}

}
