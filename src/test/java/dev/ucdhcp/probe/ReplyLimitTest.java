package dev.ucdhcp.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every reply wanted, a link that floods the probe with replies cannot grow its
 * report without bound: 64 are kept, the 65th is not.
 */
class ReplyLimitTest {

	@ParameterizedTest(name = "{0} replies sent")
	@ValueSource(ints = { PhoneClient.MAX_REPLIES, PhoneClient.MAX_REPLIES + 1 })
	void keepsAtMost64RepliesPerMessage(int sent) throws Exception {
		try (DatagramSocket server = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
			CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> answer(server, sent));
			int clientPort;
			try (DatagramSocket free = new DatagramSocket(0)) {
				clientPort = free.getLocalPort();
			}
			PhoneClient client = new PhoneClient(clientPort, server.getLocalPort(), 0);
			PhoneClient.Query query = new PhoneClient.Query(MessageType.DHCPINFORM, Optional.of("MS-UC-Client"),
					(Inet4Address) InetAddress.getByName("127.0.0.1"), new byte[] { 2, 0, 0, 0, 0, 1 },
					InetAddress.getLoopbackAddress(), Optional.empty(), Duration.ofSeconds(2), 0, Optional.empty());

			List<PhoneClient.Reply> replies = client.ask(query);

			flood.join();
			assertThat(replies).hasSize(PhoneClient.MAX_REPLIES);
		}
	}

	@Test
	void theLimitIs64() {
		assertThat(PhoneClient.MAX_REPLIES).isEqualTo(64);
	}

	private static void answer(DatagramSocket server, int count) {
		try {
			server.setSoTimeout(3000);
			DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
			server.receive(packet);
			DhcpMessage request = DhcpMessage.parse(Arrays.copyOf(packet.getData(), packet.getLength()));
			for (int i = 0; i < count; i++) {
				byte[] reply = ProbeCommandTest.ack(request, null, null).encode();
				server.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
