package dev.ucdhcp.responder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.ucdhcp.cli.Cli;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The responder's command line, parsed the way {@code java -jar ucdhcp.jar responder}
 * does.
 */
class ResponderArgumentsTest {

	@Test
	void takesTheWebsInputsAsFlags() {
		Parsed arguments = parse("--interface", "eth0", "--pool", "lync.schertz.local", "--sba",
				"sba01.branch.schertz.local", "--ntp", "192.0.2.123", "--allow-relay");

		assertThat(arguments.options().interfaceName()).isEqualTo("eth0");
		assertThat(arguments.options().allowRelay()).isTrue();
		assertThat(arguments.options().verbose()).isFalse();
		assertThat(arguments.inputs())
			.isEqualTo(Map.of("pool", "lync.schertz.local", "sba", "sba01.branch.schertz.local", "ntp", "192.0.2.123"));
	}

	@Test
	void takesAPermalinkWholeOrFromItsQuery() {
		String url = "https://ucdhcp.example/?pool=lync.schertz.local&sba=sba01.branch.schertz.local"
				+ "&path=%2FCertProv%2FCertProvisioningService.svc&topology=branch&web=&vendor=isc#result";
		Map<String, String> expected = Map.of("pool", "lync.schertz.local", "sba", "sba01.branch.schertz.local", "path",
				"/CertProv/CertProvisioningService.svc", "web", "");

		assertThat(parse("--interface", "eth0", "--permalink", url).inputs()).isEqualTo(expected);
		assertThat(parse("--interface", "eth0", "--permalink", url.substring(url.indexOf('?') + 1)).inputs())
			.isEqualTo(expected);
	}

	@Test
	void refusesUnknownPermalinkParametersAndMixingBothForms() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--interface", "eth0", "--permalink", "pool=a.b&colour=red"))
			.withMessageContaining("unknown input \"colour\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--interface", "eth0", "--permalink", "pool=a.b", "--sba", "sba.branch.local"))
			.withMessageContaining("not both");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--interface", "eth0", "--pool", "a.b", "--pool", "c.d"))
			.withMessageContaining("--pool is given twice");
	}

	@Test
	void refusesUnknownFlagsAndMissingValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--interface", "eth0", "--vendor", "isc"))
			.withMessage("unknown argument --vendor");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--interface", "eth0", "--pool"))
			.withMessage("--pool needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--pool", "lync.schertz.local"))
			.withMessageStartingWith("--interface NAME is required");
	}

	@Test
	void interfaceNameFitsIfnamsiz() {
		assertThat(parse("--interface", "a".repeat(15)).options().interfaceName()).hasSize(15);
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--interface", "a".repeat(16)))
			.withMessageContaining("1 to 15");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--interface", "eth0;reboot"));
	}

	@Test
	void readsAPermalinkUpToTheArgumentLimitOfEveryCommand() {
		String atLimit = "pool=" + "a".repeat(Cli.MAX_ARGUMENT_LENGTH - 5);

		assertThat(parse("--interface", "eth0", "--permalink", atLimit).inputs()).containsKey("pool");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--interface", "eth0", "--permalink", atLimit + "a"))
			.withMessageContaining("longer than " + Cli.MAX_ARGUMENT_LENGTH);
	}

	@Test
	void helpNeedsNothingElse() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = new ResponderCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
			.run(new String[] { "--help" });

		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar ucdhcp.jar responder");
	}

	/** What the command read: its own options and the web's inputs. */
	record Parsed(ResponderArguments options, Map<String, String> inputs) {
	}

	private static Parsed parse(String... args) {
		ResponderCommand command = new ResponderCommand(System.out, System.err);
		Cli.parse(command, args);
		return new Parsed(command.arguments(), command.inputs());
	}

}
