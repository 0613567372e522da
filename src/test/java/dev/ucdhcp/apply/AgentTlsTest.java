package dev.ucdhcp.apply;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An https agent is verified: a self-signed certificate the JDK's trust store does not
 * hold is refused with a message saying how to trust it, and accepted once trusted.
 */
class AgentTlsTest {

	private static final char[] STORE_PASSWORD = "changeit".toCharArray();

	@TempDir
	Path dir;

	private HttpsServer server;

	private KeyStore keys;

	@BeforeEach
	void startHttpsAgent() throws Exception {
		Path store = this.dir.resolve("agent.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
				"-alias", "agent", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity",
				"2")
			.redirectErrorStream(true)
			.start();
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
		this.keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			this.keys.load(in, STORE_PASSWORD);
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(this.keys, STORE_PASSWORD);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keyManagers.getKeyManagers(), null, null);
		this.server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setHttpsConfigurator(new HttpsConfigurator(tls));
		this.server.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			byte[] body = "[ { \"result\": 0, \"text\": \"Configuration seems sane.\" } ]"
				.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void refusesACertificateTheJdkDoesNotTrust() throws Exception {
		ControlAgent agent = new ControlAgent(url(), Optional.empty(), Duration.ofSeconds(10));

		assertThatExceptionOfType(ControlAgent.AgentException.class)
			.isThrownBy(() -> agent.dhcp4("config-test", Optional.empty()))
			.withMessageContaining("config-test: TLS to " + url() + " failed")
			.withMessageContaining("javax.net.ssl.trustStore");
	}

	@Test
	void talksToAnAgentWhoseCertificateIsTrusted() throws Exception {
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(this.keys);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, trust.getTrustManagers(), null);
		ControlAgent agent = new ControlAgent(url(), Optional.empty(), Duration.ofSeconds(10),
				ControlAgent.MAX_RESPONSE_BYTES, tls);

		assertThat(agent.dhcp4("config-test", Optional.empty()).text()).isEqualTo("Configuration seems sane.");
	}

	private URI url() {
		return URI.create("https://127.0.0.1:" + this.server.getAddress().getPort() + "/");
	}

}
