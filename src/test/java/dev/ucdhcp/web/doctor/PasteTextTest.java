package dev.ucdhcp.web.doctor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.ucdhcp.doctor.ConfigDoctor;
import dev.ucdhcp.doctor.UnreadablePasteException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasteTextTest {

	private static final int LIMIT = ConfigDoctor.MAX_PASTE_BYTES;

	@Test
	void theLimitIs256KibibytesOfUtf8() {
		assertThat(LIMIT).isEqualTo(262_144);
	}

	@Test
	void readsAStreamOfExactlyTheLimit() throws Exception {
		byte[] body = "x".repeat(LIMIT).getBytes(StandardCharsets.US_ASCII);
		assertThat(PasteText.read(new ByteArrayInputStream(body))).hasSize(LIMIT);
	}

	@Test
	void oneByteOverTheLimitIsTooLarge() {
		byte[] body = "x".repeat(LIMIT + 1).getBytes(StandardCharsets.US_ASCII);
		assertThatExceptionOfType(UnreadablePasteException.class)
			.isThrownBy(() -> PasteText.read(new ByteArrayInputStream(body)))
			.satisfies((ex) -> assertThat(ex.tooLarge()).isTrue())
			.withMessageContaining("256 KiB");
	}

	@Test
	void anEndlessBodyIsReadNoFurtherThanTheLimitAndOneByte() {
		Endless endless = new Endless();
		assertThatExceptionOfType(UnreadablePasteException.class).isThrownBy(() -> PasteText.read(endless));
		assertThat(endless.served).isEqualTo(LIMIT + 1);
	}

	@Test
	void bytesThatAreNotUtf8BecomeReplacementCharacters() throws Exception {
		byte[] latin1 = "option 43 caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(PasteText.read(new ByteArrayInputStream(latin1))).isEqualTo("option 43 caf\uFFFD");
	}

	@Test
	void aFormFieldIsCountedInUtf8BytesAfterItsCrlfBecameLf() {
		String twoBytes = "\u00e9".repeat(LIMIT / 2);
		assertThat(PasteText.fromForm(twoBytes)).hasSize(LIMIT / 2);
		assertThatExceptionOfType(UnreadablePasteException.class).isThrownBy(() -> PasteText.fromForm(twoBytes + "x"))
			.satisfies((ex) -> assertThat(ex.tooLarge()).isTrue());
		String crlf = "x\r\n".repeat(LIMIT / 2);
		assertThat(PasteText.fromForm(crlf)).isEqualTo("x\n".repeat(LIMIT / 2));
		assertThatExceptionOfType(UnreadablePasteException.class).isThrownBy(() -> PasteText.fromForm(crlf + "x\r\n"));
	}

	@Test
	void countsFourBytesForASurrogatePairAndThreeForOtherCharacters() {
		assertThat(PasteText.utf8Length("a\u00e9\u20ac\uD83D\uDE00")).isEqualTo(1 + 2 + 3 + 4);
	}

	/** Serves 'x' for ever, counting what was read. */
	private static final class Endless extends InputStream {

		private long served;

		@Override
		public int read() {
			this.served++;
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			Arrays.fill(buffer, offset, offset + length, (byte) 'x');
			this.served += length;
			return length;
		}

	}

}
