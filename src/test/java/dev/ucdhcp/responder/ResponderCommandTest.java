package dev.ucdhcp.responder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponderCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void helpListsEveryFlagAndHowToRunSafely() {
		int exit = run("--help");

		assertThat(exit).isEqualTo(ResponderCommand.OK);
		assertThat(text(this.out)).contains("--interface", "--allow-relay", "--verbose", "--permalink", "--pool",
				"--web", "--director", "--sba", "--port", "--path", "--scheme", "--ntp", "--scope", "--vlan", "--site",
				"--sites", "CAP_NET_BIND_SERVICE", "SIGTERM", "never a lease");
	}

	@Test
	void namesTheFieldOfABadInputAndDoesNotStart() {
		int exit = run("--interface", "lo", "--pool", "lync", "--port", "0");

		assertThat(exit).isEqualTo(ResponderCommand.CANNOT_RUN);
		assertThat(text(this.err)).contains("--pool: ").contains("--port: ");
	}

	@Test
	void saysWhichInterfaceIsMissing() {
		int exit = run("--interface", "nosuchif0", "--pool", "lync.schertz.local");

		assertThat(exit).isEqualTo(ResponderCommand.CANNOT_RUN);
		assertThat(text(this.err)).contains("no network interface named nosuchif0");
	}

	@Test
	void refusesToAnswerRelaysWithoutTheNetworksItServes() {
		int exit = run("--interface", "lo", "--pool", "lync.schertz.local", "--allow-relay");

		assertThat(exit).isEqualTo(ResponderCommand.CANNOT_RUN);
		assertThat(text(this.err)).contains("--allow-relay needs --scope or --sites");
	}

	@Test
	void explainsWhyPort67CannotBeUsed() {
		assertThat(Port67.bindProblem(new BindException("Permission denied"))).contains("CAP_NET_BIND_SERVICE")
			.contains("deploy/ucdhcp-responder.service");
		assertThat(Port67.bindProblem(new BindException("Address already in use"))).contains("UDP port 67 is taken")
			.contains("ss -ulpn");
	}

	private int run(String... args) {
		return new ResponderCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args);
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
