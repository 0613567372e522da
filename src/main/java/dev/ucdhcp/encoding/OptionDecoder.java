package dev.ucdhcp.encoding;

import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.DecodedOption.Finding;
import dev.ucdhcp.encoding.DecodedOption.Severity;

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
		Walk walk = new Walk(HexFormat.of().parseHex(digits), hint);
		int code = walk.begin();
		if (code == Option120.CODE) {
			new Option120Reader(walk).read();
		}
		else {
			new Option43Reader(walk).read();
		}
		return walk.finish(code);
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

}
