package dev.ucdhcp.apply;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The HTTP side: what is sent, which answers are read, and the size cap. */
class ControlAgentTest {

	private static final int CAP = 1000;

	private FakeAgent agent;

	@AfterEach
	void stop() {
		if (this.agent != null) {
			this.agent.close();
		}
	}

	@Test
	void readsTheListTheAgentAnswersWithForDhcp4() throws Exception {
		this.agent = new FakeAgent(Fixtures.dhcp4("config-get-baseline.json"));

		ControlAgent.Answer answer = client(Optional.empty(), ControlAgent.MAX_RESPONSE_BYTES).dhcp4("config-get",
				Optional.empty());

		assertThat(answer.success()).isTrue();
		assertThat(answer.arguments().orElseThrow().path("Dhcp4").path("subnet4")).hasSize(2);
		assertThat(this.agent.authorizations()).containsExactly("null");
	}

	@Test
	void sendsBasicAuthOnEveryCommand() throws Exception {
		this.agent = new FakeAgent(Fixtures.dhcp4("config-get-baseline.json")).requireUser("kea-admin",
				"pw:with:colons");

		ControlAgent.Answer answer = client(Optional.of(new ControlAgent.Credentials("kea-admin", "pw:with:colons")),
				ControlAgent.MAX_RESPONSE_BYTES)
			.dhcp4("config-get", Optional.empty());

		assertThat(answer.success()).isTrue();
		assertThat(this.agent.authorizations()).containsExactly("Basic a2VhLWFkbWluOnB3OndpdGg6Y29sb25z");
	}

	@Test
	void credentialsNeverShowTheirPassword() {
		assertThat(new ControlAgent.Credentials("kea-admin", "hunter2")).asString()
			.contains("kea-admin")
			.doesNotContain("hunter2");
	}

	@Test
	void readsAnAnswerOfExactlyTheCap() throws Exception {
		String answer = "[ { \"result\": 0, \"text\": \"ok\" } ]";
		this.agent = new FakeAgent(JsonText.NODES.objectNode())
			.answerRaw((request) -> answer + " ".repeat(CAP - answer.length()));

		assertThat(client(Optional.empty()).dhcp4("config-test", Optional.empty()).success()).isTrue();
	}

	@Test
	void refusesAnAnswerOneByteOverTheCap() throws Exception {
		String answer = "[ { \"result\": 0, \"text\": \"ok\" } ]";
		this.agent = new FakeAgent(JsonText.NODES.objectNode())
			.answerRaw((request) -> answer + " ".repeat(CAP + 1 - answer.length()));

		assertThatExceptionOfType(ControlAgent.AgentException.class)
			.isThrownBy(() -> client(Optional.empty()).dhcp4("config-get", Optional.empty()))
			.withMessageContaining("larger than 1000 bytes");
	}

	@Test
	void namesAnAnswerThatIsNotKeas() throws Exception {
		this.agent = new FakeAgent(JsonText.NODES.objectNode()).answerRaw((request) -> "<html>proxy error</html>");

		assertThatExceptionOfType(ControlAgent.AgentException.class)
			.isThrownBy(() -> client(Optional.empty()).dhcp4("config-get", Optional.empty()))
			.withMessageContaining("config-get: the answer is not JSON: <html>proxy error</html>");
	}

	@Test
	void readsTheSingleObjectTheAgentSendsForItsOwnErrors() throws Exception {
		this.agent = new FakeAgent(JsonText.NODES.objectNode())
			.answerRaw((request) -> "{ \"result\": 1, \"text\": \"forwarding socket is not configured\" }");

		ControlAgent.Answer answer = client(Optional.empty()).dhcp4("config-get", Optional.empty());

		assertThat(answer.success()).isFalse();
		assertThat(answer.text()).isEqualTo("forwarding socket is not configured");
	}

	@Test
	void givesUpAfterTheTimeout() throws Exception {
		this.agent = new FakeAgent(JsonText.NODES.objectNode()).answerRaw((request) -> {
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "[ { \"result\": 0 } ]";
		});
		ControlAgent client = new ControlAgent(URI.create(this.agent.url()), Optional.empty(), Duration.ofSeconds(1),
				CAP, SSLContext.getDefault());

		assertThatExceptionOfType(ControlAgent.AgentException.class)
			.isThrownBy(() -> client.dhcp4("config-get", Optional.empty()))
			.withMessageContaining("no complete answer from " + this.agent.url() + " within 1 s (--timeout)");
	}

	@Test
	void theTimeoutCoversABodyThatNeverEnds() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread stall = new Thread(() -> answerHalfAndHold(server), "stalling-agent");
			stall.setDaemon(true);
			stall.start();
			ControlAgent client = new ControlAgent(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/"),
					Optional.empty(), Duration.ofSeconds(1), CAP, SSLContext.getDefault());
			ExecutorService runner = Executors.newSingleThreadExecutor();
			long started = System.nanoTime();
			Future<String> outcome = runner.submit(() -> {
				try {
					return "answered: " + client.dhcp4("config-get", Optional.empty());
				}
				catch (ControlAgent.AgentException ex) {
					return ex.getMessage();
				}
			});
			try {
				assertThat(outcome.get(10, TimeUnit.SECONDS)).contains("no complete answer from", "within 1 s");
				assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
			}
			finally {
				runner.shutdownNow();
			}
		}
	}

	/** Headers promising 1,000 bytes, 10 of them, then silence until the test ends. */
	private static void answerHalfAndHold(ServerSocket server) {
		try (Socket socket = server.accept()) {
			socket.getInputStream().read(new byte[4096]);
			socket.getOutputStream()
				.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[ { \"res"
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			Thread.sleep(30_000);
		}
		catch (IOException ex) {
			// the test closed the socket
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private ControlAgent client(Optional<ControlAgent.Credentials> credentials) throws Exception {
		return client(credentials, CAP);
	}

	private ControlAgent client(Optional<ControlAgent.Credentials> credentials, int cap) throws Exception {
		return new ControlAgent(URI.create(this.agent.url()), credentials, Duration.ofSeconds(5), cap,
				SSLContext.getDefault());
	}

}
