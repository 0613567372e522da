package dev.ucdhcp.dhcp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import dev.ucdhcp.dhcp.DhcpMessage.MalformedMessageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded fuzzing of the parser the responder runs on every datagram: whatever the bytes,
 * it returns a message or throws {@link MalformedMessageException}, nothing else, and
 * quickly. The seed is fixed so a failure can be replayed.
 */
class DhcpMessageFuzzTest {

	private static final long SEED = 0x5EED_DC9CL;

	private static final int ROUNDS = 20_000;

	@Test
	void parsesOrRefusesEveryMutationOfAnInform() {
		Random random = new Random(SEED);
		byte[] inform = inform();
		int parsed = 0;
		for (int round = 0; round < ROUNDS; round++) {
			byte[] datagram = mutate(inform, random);
			try {
				DhcpMessage message = DhcpMessage.parse(datagram);
				assertThat(message.encode().length).isLessThanOrEqualTo(3 * datagram.length + 300);
				parsed++;
			}
			catch (MalformedMessageException ex) {
				// refused: what the responder counts as malformed
			}
			catch (RuntimeException ex) {
				fail("round " + round + " (seed " + SEED + ") threw " + ex + " for " + Arrays.toString(datagram));
			}
		}
		// the mutations must reach past the header checks, or this test proves little
		assertThat(parsed).isBetween(ROUNDS / 20, ROUNDS - ROUNDS / 20);
	}

	@Test
	void readsAnOverloadThatPointsAtItselfOnlyOnce() {
		byte[] datagram = inform();
		// option 52 = 3 (file and sname) in the options, and again inside file and sname
		int options = 240;
		datagram[options] = 52;
		datagram[options + 1] = 1;
		datagram[options + 2] = 3;
		datagram[options + 3] = (byte) 255;
		for (int field : new int[] { 108, 44 }) {
			datagram[field] = 52;
			datagram[field + 1] = 1;
			datagram[field + 2] = 3;
			datagram[field + 3] = (byte) 255;
		}

		DhcpMessage message = DhcpMessage.parse(datagram);

		assertThat(message.option(52)).hasValueSatisfying((v) -> assertThat(v).containsExactly(3, 3, 3));
	}

	private static byte[] mutate(byte[] original, Random random) {
		byte[] datagram = original.clone();
		switch (random.nextInt(6)) {
			case 0 -> datagram = Arrays.copyOf(datagram, random.nextInt(datagram.length + 1));
			case 1 -> datagram[random.nextInt(datagram.length)] = (byte) random.nextInt(256);
			case 2 -> {
				// an option length that overruns
				int at = 240 + random.nextInt(datagram.length - 240);
				datagram[at] = (byte) (1 + random.nextInt(254));
				datagram[Math.min(at + 1, datagram.length - 1)] = (byte) random.nextInt(256);
			}
			case 3 -> {
				for (int i = 236 + random.nextInt(8); i < datagram.length; i++) {
					datagram[i] = (byte) random.nextInt(256);
				}
			}
			case 4 -> {
				byte[] noise = new byte[random.nextInt(1500)];
				random.nextBytes(noise);
				datagram = noise;
			}
			default -> {
				// option overload into file or sname, with random bytes there
				datagram[240] = 52;
				datagram[241] = 1;
				datagram[242] = (byte) random.nextInt(4);
				for (int i = 44; i < 236; i++) {
					datagram[i] = (byte) random.nextInt(256);
				}
			}
		}
		return datagram;
	}

	private static byte[] inform() {
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		options.put(DhcpMessage.MESSAGE_TYPE, new byte[] { 8 });
		options.put(DhcpMessage.VENDOR_CLASS, "MS-UC-Client".getBytes(StandardCharsets.US_ASCII));
		options.put(DhcpMessage.PARAMETER_REQUEST_LIST, new byte[] { 1, 3, 6, 15, 42, 43, 120 });
		return new DhcpMessage(DhcpMessage.BOOTREQUEST, 0x01020304, 0, new byte[] { (byte) 192, 0, 2, 10 }, new byte[4],
				new byte[] { 2, 0, 0, 0, 0, 1 }, options)
			.encode();
	}

}
