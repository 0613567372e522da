package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code dhcp-option=} line: its tags, {@code vendor:} class, code and value, typed
 * as dnsmasq's option.c types it.
 */
record DnsmasqOption(List<String> tags, Optional<String> vendor, int code, byte[] bytes, Set<Trait> traits, int line) {

	static Optional<DnsmasqOption> parse(String value, int line) {
		List<String> parts = split(value);
		List<String> tags = new ArrayList<>();
		Optional<String> vendor = Optional.empty();
		int i = 0;
		for (; i < parts.size(); i++) {
			String part = parts.get(i);
			if (part.startsWith("tag:")) {
				tags.add(part.substring(4));
			}
			else if (part.startsWith("vendor:")) {
				vendor = Optional.of(unquoted(part.substring(7)));
			}
			else if (!part.startsWith("encap:") && !part.startsWith("vi-encap:") && !part.startsWith("set:")) {
				break;
			}
		}
		if (i >= parts.size()) {
			return Optional.empty();
		}
		String option = parts.get(i).startsWith("option:") ? parts.get(i).substring(7) : parts.get(i);
		int code = option.equals("ntp-server") ? 42 : IscValues.number(option);
		if (code < 0) {
			return Optional.empty();
		}
		List<String> values = parts.subList(i + 1, parts.size());
		Set<Trait> traits = EnumSet.noneOf(Trait.class);
		byte[] bytes = encode(code, values, vendor.isPresent(), traits);
		return Optional.of(new DnsmasqOption(tags, vendor, code, bytes, traits, line));
	}

	private static byte[] encode(int code, List<String> values, boolean vendorForm, Set<Trait> traits) {
		String joined = String.join(",", values);
		Optional<byte[]> hex = HexText.colonPairs(joined);
		if (hex.isPresent()) {
			return hex.get();
		}
		if (!vendorForm && code == 120) {
			return option120(values);
		}
		if (!vendorForm && code == 42) {
			List<byte[]> addresses = new ArrayList<>();
			values.forEach((address) -> HexText.ipv4(address).ifPresent(addresses::add));
			return HexText.concat(addresses.toArray(new byte[0][]));
		}
		if (joined.length() <= 9 && !joined.isEmpty() && joined.chars().allMatch(Character::isDigit)) {
			long number = Long.parseLong(joined);
			return HexText.integer(number, number > 0xFFFF ? 4 : number > 0xFF ? 2 : 1);
		}
		String text = unquoted(joined);
		if (!vendorForm && code == 43 && !joined.startsWith("\"") && text.length() >= 4 && text.length() % 2 == 0
				&& text.chars().allMatch(HexText::isHexDigit)) {
			traits.add(Trait.HEX_AS_TEXT);
		}
		return HexText.ascii(text);
	}

	/** RFC 3361 as dnsmasq writes it: addresses with encoding 1, else names with 0. */
	private static byte[] option120(List<String> values) {
		List<byte[]> parts = new ArrayList<>();
		boolean addresses = !values.isEmpty() && values.stream().allMatch((v) -> HexText.ipv4(v).isPresent());
		parts.add(new byte[] { (byte) (addresses ? 1 : 0) });
		for (String value : values) {
			parts.add(addresses ? HexText.ipv4(value).get() : HexText.dnsName(unquoted(value)));
		}
		return HexText.concat(parts.toArray(new byte[0][]));
	}

	static String unquoted(String text) {
		String stripped = text.strip();
		if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
			return stripped.substring(1, stripped.length() - 1);
		}
		return stripped;
	}

	/** Commas outside double quotes separate the parts. */
	static List<String> split(String value) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : value.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				parts.add(part.toString().strip());
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		parts.add(part.toString().strip());
		return parts;
	}

	/**
	 * The line without its comment: {@code #} at the start or after a space, outside
	 * quotes.
	 */
	static String uncommented(String line) {
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
				return line.substring(0, i);
			}
		}
		return line;
	}

}
