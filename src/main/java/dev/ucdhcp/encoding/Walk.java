package dev.ucdhcp.encoding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import dev.ucdhcp.encoding.DecodedOption.Finding;
import dev.ucdhcp.encoding.DecodedOption.Severity;
import dev.ucdhcp.encoding.DecodedOption.Span;

/**
 * One decoding pass over pasted bytes: what the readers found so far, span by span. It
 * knows no option; {@link OptionDecoder} picks the reader.
 */
final class Walk {

	private final byte[] pasted;

	private final OptionalInt hint;

	private final List<Span> spans = new ArrayList<>();

	private final List<SubOption> subOptions = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	private final List<Finding> findings = new ArrayList<>();

	private boolean header;

	private int start;

	private int end;

	Walk(byte[] pasted, OptionalInt hint) {
		this.pasted = pasted;
		this.hint = hint;
		this.end = pasted.length;
	}

	/**
	 * Reads the option's own code and length bytes when the paste has them.
	 * @return the option code: from the header, the hint, or a guess
	 */
	int begin() {
		this.header = hasHeader();
		int code = this.header ? unsigned(0) : this.hint.orElse(guessCode());
		if (this.header) {
			readHeader(code);
		}
		return code;
	}

	DecodedOption finish(int code) {
		this.findings.sort((a, b) -> a.severity().compareTo(b.severity()));
		byte[] value = Arrays.copyOfRange(this.pasted, this.start, this.end);
		return new DecodedOption(code, this.header, value, this.spans, this.subOptions, this.names, this.findings);
	}

	/**
	 * 0x2B and 0x78 cannot start a value (no sub-option 43; no RFC 3361 encoding 120).
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
		if (this.pasted.length > 0 && this.pasted[0] == Option120.ENCODING_DOMAIN_NAMES) {
			return Option120.CODE;
		}
		return (looksLikePlainName() || looksLikeAddresses()) ? Option120.CODE : Option43.CODE;
	}

	/**
	 * Encoding byte 01 and whole addresses, where the same bytes cannot be option 43:
	 * sub-option 1 would claim more bytes than follow or leave some over, and it does not
	 * start as MS-UC-Client's sub-option 1 (a cut-off option 43).
	 */
	private boolean looksLikeAddresses() {
		int length = this.pasted.length;
		if (length < 1 + Ipv4Address.BYTES || (length - 1) % Ipv4Address.BYTES != 0
				|| unsigned(0) != Option120.ENCODING_ADDRESSES || startsAsMsUcClient()) {
			return false;
		}
		int i = 0;
		while (i + 1 < length) {
			i += 2 + unsigned(i + 1);
		}
		return i != length;
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

	private boolean startsAsMsUcClient() {
		return unsigned(1) == Option43.MS_UC_CLIENT.length() && unsigned(2) == Option43.MS_UC_CLIENT.charAt(0);
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
