package dev.ucdhcp.web.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.ucdhcp.doctor.ConfigDoctor;
import dev.ucdhcp.doctor.UnreadablePasteException;

/**
 * A paste read within {@link ConfigDoctor#MAX_PASTE_BYTES}: from a stream (the API's
 * body, the CLI's file) without ever holding more than the limit and one byte, or checked
 * after a form field arrived. Bytes that are not UTF-8 become U+FFFD instead of failing:
 * a Windows export in another code page still has its ASCII keywords.
 */
public final class PasteText {

	static final String TOO_LARGE = "The paste is over 256 KiB (262,144 bytes of UTF-8). Paste the part that"
			+ " configures the phones: the vendor class, the option definitions and the scopes or subnets they use.";

	private PasteText() {
	}

	/**
	 * Reads at most the limit; one byte more and it stops with a "too large"
	 * {@link UnreadablePasteException} without reading on.
	 */
	public static String read(InputStream in) throws IOException {
		byte[] buffer = new byte[8192];
		int length = 0;
		while (true) {
			if (length == buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, ConfigDoctor.MAX_PASTE_BYTES + 1));
			}
			int read = in.read(buffer, length, buffer.length - length);
			if (read < 0) {
				break;
			}
			length += read;
			if (length > ConfigDoctor.MAX_PASTE_BYTES) {
				throw tooLarge();
			}
		}
		return decode(buffer, length);
	}

	/**
	 * A paste from a form: browsers send a text area's line breaks as CRLF whatever was
	 * pasted, so they become LF again before the size is counted.
	 */
	public static String fromForm(String field) {
		String paste = field.replace("\r\n", "\n");
		if (utf8Length(paste) > ConfigDoctor.MAX_PASTE_BYTES) {
			throw tooLarge();
		}
		return paste;
	}

	static UnreadablePasteException tooLarge() {
		return new UnreadablePasteException(TOO_LARGE, true);
	}

	static long utf8Length(CharSequence text) {
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				bytes += 1;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				bytes += 4;
				i++;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

	private static String decode(byte[] bytes, int length) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE)
				.decode(ByteBuffer.wrap(bytes, 0, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			// REPLACE never throws; kept total all the same
			return new String(bytes, 0, length, StandardCharsets.UTF_8);
		}
	}

}
