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

	/** Longer pastes are refused: a whole DHCP packet is under 600 bytes. */
	public static final int MAX_HEX_DIGITS = 4096;

	private static final Pattern CODE_HINT = Pattern
		.compile("(?i)(?:option\\s+(?:ext\\s+)?|code\\s*=\\s*|option:\\s*)(43|120)\\b");

	private static final Pattern AFTER_KEYWORD = Pattern.compile("(?is)(?:\\bhex|value\\s*=)\\s*(.*)");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.:,;'\"-]|0[xX](?=[0-9A-Fa-f])");

	private OptionDecoder() {
	}

	public static DecodedOption decode(String pasted) {
		String text = pasted == null ? "" : pasted;
		OptionalInt hint = codeHint(text);
		Matcher keyword = AFTER_KEYWORD.matcher(text);
		String digits = SEPARATORS.matcher(keyword.find() ? keyword.group(1) : text).replaceAll("");
		String problem = hexProblem(digits);
		if (problem != null) {
			return new DecodedOption(hint.orElse(0), false, new byte[0], List.of(), List.of(), List.of(),
					List.of(new Finding(Severity.ERROR, problem)));
		}
		return new Walk(HexFormat.of().parseHex(digits), hint).run();
	}

	/**
	 * Explains a value received on the wire: the code is known and there is no option
	 * header, so values longer than 255 bytes (RFC 3396 concatenation) decode too.
	 */
	public static DecodedOption decode(int code, byte[] value) {
		return new Walk(value.clone(), OptionalInt.of(code)).run();
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
			return "That is " + digits.length() + " hex digits; an option value is at most 510.";
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

		private final List<Finding> findings = new ArrayList<>();

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
			this.findings.sort((a, b) -> a.severity().compareTo(b.severity()));
			byte[] value = Arrays.copyOfRange(this.pasted, this.start, this.end);
			return new DecodedOption(code, header, value, this.spans, this.subOptions, this.names, this.findings);
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

		void span(int offset, int length, String role, String meaning) {
			this.spans.add(new Span(offset, bytes(offset, offset + length), role, meaning));
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
			this.findings.add(new Finding(Severity.ERROR, message));
		}

		void warning(String message) {
			this.findings.add(new Finding(Severity.WARNING, message));
		}

		void info(String message) {
			this.findings.add(new Finding(Severity.INFO, message));
		}

		static String hex(int value) {
			return String.format(Locale.ROOT, "%02X", value);
		}

	}

}
