package dev.ucdhcp.encoding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.DecodedOption.Finding;
import dev.ucdhcp.encoding.DecodedOption.Severity;
import dev.ucdhcp.encoding.DecodedOption.Span;

/**
 * Explains a pasted option 43 or 120 value byte by byte: DHCPUtil output, a Cisco
 * {@code show run} line, RouterOS {@code 0x…}, ISC or Wireshark colon hex, with or
 * without the option's own code and length bytes. Every length byte is checked; a value
 * cut short is an error, never a success.
 */
public final class OptionDecoder {

	/**
	 * Longer values are refused: an option value is at most 255 bytes (510 digits), and
	 * this leaves room for its code and length and a neighbouring option in a capture.
	 */
	public static final int MAX_HEX_DIGITS = 1024;

	/**
	 * Longer pastes are refused before they are read: the longest value, written with a
	 * separator after every byte and a {@code show run} prefix, fits.
	 */
	public static final int MAX_PASTE_CHARS = 2048;

	private static final Pattern CODE_HINT = Pattern
		.compile("(?i)(?:option\\s+(?:ext\\s+)?|code\\s*=\\s*|option:\\s*)(43|120)\\b");

	private static final Pattern AFTER_KEYWORD = Pattern.compile("(?is)(?:\\bhex|value\\s*=)\\s*(.*)");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.:,;'\"-]|0[xX](?=[0-9A-Fa-f])");

	private OptionDecoder() {
	}

	public static DecodedOption decode(String pasted) {
		String text = pasted == null ? "" : pasted;
		if (text.length() > MAX_PASTE_CHARS) {
			return refused(0, "That paste is " + text.length() + " characters; at most " + MAX_PASTE_CHARS
					+ " are read (an option value is at most 510 hex digits).");
		}
		OptionalInt hint = codeHint(text);
		Matcher keyword = AFTER_KEYWORD.matcher(text);
		String digits = SEPARATORS.matcher(keyword.find() ? keyword.group(1) : text).replaceAll("");
		String problem = hexProblem(digits);
		if (problem != null) {
			return refused(hint.orElse(0), problem);
		}
		return new Walk(HexFormat.of().parseHex(digits), hint).run();
	}

	private static DecodedOption refused(int code, String problem) {
		return new DecodedOption(code, false, new byte[0], List.of(), List.of(), List.of(),
				List.of(new Finding(Severity.ERROR, problem)));
	}

	private static OptionalInt codeHint(String text) {
		Matcher matcher = CODE_HINT.matcher(text);
		return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
	}

	private static String hexProblem(String digits) {
		if (digits.isEmpty()) {
			return "Paste an option 43 or 120 value in hex, e.g. 010C4D532D55… or 0004.6c79.6e63….";
		}
		if (digits.length() > MAX_HEX_DIGITS) {
			return "That is " + digits.length() + " hex digits; at most " + MAX_HEX_DIGITS
					+ " are read (an option value is at most 510).";
		}
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (Character.digit(c, 16) < 0) {
				return "\"" + (c >= 0x21 && c <= 0x7E ? String.valueOf(c) : "?") + "\" (hex digit " + (i + 1)
						+ ") is not a hex digit.";
			}
		}
		if (digits.length() % 2 != 0) {
			return digits.length() + " hex digits is an odd count: a byte is two digits, so one is missing"
					+ " (often a value cut off when copied).";
		}
		return null;
	}

	/** One decoding pass over the pasted bytes. */
	static final class Walk {

		private final byte[] pasted;

		private final OptionalInt hint;

		private final List<Span> spans = new ArrayList<>();

		private final List<SubOption> subOptions = new ArrayList<>();

		private final List<String> names = new ArrayList<>();

		private final Findings findings = new Findings();

		/** The bytes of the latest span: what a finding made now is about. */
		private int spanFirst;

		private int spanLast;

		private int start;

		private int end;

		Walk(byte[] pasted, OptionalInt hint) {
			this.pasted = pasted;
			this.hint = hint;
			this.end = pasted.length;
		}

		DecodedOption run() {
			boolean header = hasHeader();
			int code = header ? unsigned(0) : this.hint.orElse(guessCode());
			if (header) {
				readHeader(code);
			}
			if (code == Option120.CODE) {
				new Option120Reader(this).read();
			}
			else {
				new Option43Reader(this).read();
			}
			byte[] value = Arrays.copyOfRange(this.pasted, this.start, this.end);
			return new DecodedOption(code, header, value, this.spans, this.subOptions, this.names,
					this.findings.merged());
		}

		/**
		 * 0x2B and 0x78 cannot start a value (no sub-option 43; no RFC 3361 encoding
		 * 120).
		 */
		private boolean hasHeader() {
			if (this.pasted.length < 2) {
				return false;
			}
			int first = unsigned(0);
			return (first == Option43.CODE || first == Option120.CODE)
					&& (this.hint.isEmpty() || this.hint.getAsInt() == first);
		}

		private int guessCode() {
			if (this.pasted.length > 0 && this.pasted[0] == 0) {
				return Option120.CODE;
			}
			return looksLikePlainName() ? Option120.CODE : Option43.CODE;
		}

		private boolean looksLikePlainName() {
			try {
				Fqdn.parse(new String(this.pasted, StandardCharsets.US_ASCII));
				return true;
			}
			catch (InvalidValueException ex) {
				return false;
			}
		}

		private void readHeader(int code) {
			int declared = unsigned(1);
			int available = this.pasted.length - 2;
			span(0, 1, "option code", code + " (0x" + hex(code) + ")");
			span(1, 1, "option length", declared + " bytes follow");
			this.start = 2;
			if (declared > available) {
				error("The length byte says " + declared + " bytes follow, but only " + available
						+ " do: the value was cut off (" + (declared - available) + " bytes missing).");
			}
			else if (declared < available) {
				this.end = 2 + declared;
				warning((available - declared) + " bytes after the option's " + declared
						+ " declared bytes were ignored (probably the next option in a capture).");
			}
		}

		int unsigned(int index) {
			return this.pasted[index] & 0xFF;
		}

		int start() {
			return this.start;
		}

		int end() {
			return this.end;
		}

		byte[] bytes(int from, int to) {
			return Arrays.copyOfRange(this.pasted, from, to);
		}

		/**
		 * A span that continues the previous one with the same meaning (a run of pad
		 * bytes, of empty names) extends it: one line for the run, not one per byte.
		 */
		void span(int offset, int length, String role, String meaning) {
			Span previous = this.spans.isEmpty() ? null : this.spans.get(this.spans.size() - 1);
			if (previous != null && previous.role().equals(role) && previous.meaning().equals(meaning)
					&& previous.offset() + previous.bytes().length == offset) {
				this.spans.set(this.spans.size() - 1,
						new Span(previous.offset(), bytes(previous.offset(), offset + length), role, meaning));
			}
			else {
				this.spans.add(new Span(offset, bytes(offset, offset + length), role, meaning));
			}
			this.spanFirst = offset;
			this.spanLast = offset + Math.max(length, 1) - 1;
		}

		void subOption(SubOption subOption) {
			this.subOptions.add(subOption);
		}

		List<SubOption> subOptions() {
			return this.subOptions;
		}

		void name(String name) {
			this.names.add(name);
		}

		List<String> names() {
			return this.names;
		}

		void error(String message) {
			this.findings.add(Severity.ERROR, message, this.spanFirst, this.spanLast);
		}

		void warning(String message) {
			this.findings.add(Severity.WARNING, message, this.spanFirst, this.spanLast);
		}

		void info(String message) {
			this.findings.add(Severity.INFO, message, this.spanFirst, this.spanLast);
		}

		static String hex(int value) {
			return String.format(Locale.ROOT, "%02X", value);
		}

	}

}
