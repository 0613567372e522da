package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RouterOS command parameters ({@code key=value}, values quoted or not) and DHCP option
 * values as RouterOS encodes them: {@code 0x…} hex, {@code s'…'} text, {@code '…'}
 * auto-typed (an address is 4 bytes, a number an integer, else text), concatenated.
 */
final class RouterOsValues {

	record Value(byte[] bytes, boolean text) {
	}

	private RouterOsValues() {
	}

	static Map<String, String> parameters(String text) {
		Map<String, String> params = new LinkedHashMap<>();
		int i = 0;
		while (i < text.length()) {
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			int equals = text.indexOf('=', i);
			int space = text.indexOf(' ', i);
			if (equals < 0 || (space >= 0 && space < equals)) {
				i = space < 0 ? text.length() : space + 1;
				continue;
			}
			String key = text.substring(i, equals);
			int end = equals + 1;
			boolean quoted = false;
			while (end < text.length() && (quoted || !Character.isWhitespace(text.charAt(end)))) {
				if (text.charAt(end) == '"' && (end == 0 || text.charAt(end - 1) != '\\')) {
					quoted = !quoted;
				}
				end++;
			}
			params.put(key, DnsmasqOption.unquoted(text.substring(equals + 1, end)));
			i = end;
		}
		return params;
	}

	static Value value(String raw) {
		List<byte[]> parts = new ArrayList<>();
		boolean text = true;
		int i = 0;
		while (i < raw.length()) {
			if (raw.startsWith("0x", i) || raw.startsWith("0X", i)) {
				int end = i + 2;
				while (end < raw.length() && HexText.isHexDigit(raw.charAt(end))) {
					end++;
				}
				parts.add(HexText.digits(raw.substring(i + 2, end)).orElse(new byte[0]));
				text = false;
				i = end;
			}
			else if (raw.startsWith("s'", i) || raw.charAt(i) == '\'') {
				boolean forced = raw.charAt(i) == 's';
				int start = i + (forced ? 2 : 1);
				int end = raw.indexOf('\'', start);
				end = end < 0 ? raw.length() : end;
				byte[] piece = forced ? HexText.ascii(raw.substring(start, end)) : auto(raw.substring(start, end));
				text &= forced || piece.length == raw.substring(start, end).length();
				parts.add(piece);
				i = end + 1;
			}
			else {
				parts.add(HexText.ascii(raw.substring(i)));
				break;
			}
		}
		return new Value(HexText.concat(parts.toArray(new byte[0][])), text);
	}

	private static byte[] auto(String value) {
		if (HexText.ipv4(value).isPresent()) {
			return HexText.ipv4(value).get();
		}
		if (!value.isEmpty() && value.length() <= 9 && value.chars().allMatch(Character::isDigit)) {
			long number = Long.parseLong(value);
			return HexText.integer(number, number > 0xFFFF ? 4 : number > 0xFF ? 2 : 1);
		}
		return HexText.ascii(value);
	}

}
