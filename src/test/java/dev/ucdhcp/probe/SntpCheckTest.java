package dev.ucdhcp.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** SNTP against a scripted time server on the loopback interface. */
class SntpCheckTest {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	@Test
	void acceptsASynchronisedServerAndSendsAClientRequest() throws Exception {
		try (DatagramSocket server = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
			CompletableFuture<byte[]> request = answerOnce(server, 2);

			int stratum = new SntpCheck(server.getLocalPort(), Duration.ofSeconds(2)).ask(LOOPBACK);

			assertThat(stratum).isEqualTo(2);
			byte[] sent = request.get(2, TimeUnit.SECONDS);
			assertThat(sent).hasSize(48);
			assertThat(sent[0]).isEqualTo((byte) 0x23);
		}
	}

	@Test
	void refusesAnUnsynchronisedServer() throws Exception {
		try (DatagramSocket server = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
			answerOnce(server, 0);

			assertThatIOException()
				.isThrownBy(() -> new SntpCheck(server.getLocalPort(), Duration.ofSeconds(2)).ask(LOOPBACK))
				.withMessage("time server 127.0.0.1 is not synchronised (stratum 0)");
		}
	}

	@Test
	void givesUpOnASilentServerWithinTheTimeout() throws Exception {
		try (DatagramSocket server = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
			long start = System.nanoTime();

			assertThatIOException()
				.isThrownBy(() -> new SntpCheck(server.getLocalPort(), Duration.ofSeconds(1)).ask(LOOPBACK))
				.withMessage("time server 127.0.0.1 did not answer within 1 s");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		}
	}

	private static CompletableFuture<byte[]> answerOnce(DatagramSocket server, int stratum) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				server.setSoTimeout(3000);
				DatagramPacket request = new DatagramPacket(new byte[48], 48);
				server.receive(request);
				byte[] reply = new byte[48];
				// LI 0, version 4, mode 4 (server)
				reply[0] = 0x24;
				reply[1] = (byte) stratum;
				server.send(new DatagramPacket(reply, 48, request.getSocketAddress()));
				return request.getData().clone();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
