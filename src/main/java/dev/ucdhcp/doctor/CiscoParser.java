package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cisco IOS {@code ip dhcp pool} sections into the model: each pool's network and its
 * {@code option N hex|ascii|ip} lines. IOS 15.1(3)S and later keep only the first 180 hex
 * digits of {@code option … hex}: what a phone receives is that cut.
 */
final class CiscoParser {

	/** IOS 15.1(3)S+ keeps this many hex digits of {@code option … hex}. */
	static final int HEX_DIGITS_KEPT = 180;

	private static final Pattern OPTION = Pattern
		.compile("(?i)^option\\s+(ext\\s+)?(\\d{1,3})\\s+(hex|ascii|ip)\\s+(.*)$");

	private static final Pattern NETWORK = Pattern.compile("(?i)^network\\s+(\\S+)\\s+(\\S+)");

	private final List<String> lines;

	private final Paste paste = new Paste(PasteFormat.CISCO);

	CiscoParser(List<String> lines) {
		this.lines = lines;
	}

	Paste parse() {
		String pool = null;
		List<Setting> pending = new ArrayList<>();
		Optional<String> network = Optional.empty();
		boolean option60 = false;
		for (int i = 0; i < this.lines.size(); i++) {
			String raw = this.lines.get(i);
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("!")) {
				continue;
			}
			if (line.toLowerCase(Locale.ROOT).startsWith("ip dhcp pool ")) {
				flush(pending, network, option60);
				pool = line.substring("ip dhcp pool ".length()).strip();
				network = Optional.empty();
				option60 = false;
				continue;
			}
			if (pool == null || !Character.isWhitespace(raw.charAt(0))) {
				flush(pending, network, option60);
				pool = null;
				continue;
			}
			Matcher net = NETWORK.matcher(line);
			if (net.find()) {
				network = Optional.of(network(net.group(1), net.group(2)));
				this.paste.networks.add(new Network("pool " + pool, network.get(), i + 1, false));
				continue;
			}
			Matcher option = OPTION.matcher(line);
			if (option.matches()) {
				option60 |= option.group(2).equals("60");
				option(pool, option, i + 1).ifPresent(pending::add);
			}
		}
		flush(pending, network, option60);
		return this.paste;
	}

	private Optional<Setting> option(String pool, Matcher option, int line) {
		int code = Integer.parseInt(option.group(2));
		String kind = option.group(3).toLowerCase(Locale.ROOT);
		String value = option.group(4).strip();
		String where = "pool " + pool;
		if (kind.equals("ascii")) {
			String text = DnsmasqOption.unquoted(value);
			Setting setting = Setting.of(code, Level.POOL, where, line, HexText.ascii(text));
			return Optional.of(code == 120 ? setting.with(Trait.TEXT_TYPED) : setting);
		}
		if (kind.equals("ip")) {
			List<byte[]> addresses = new ArrayList<>();
			for (String address : value.split("\\s+")) {
				HexText.ipv4(address).ifPresent(addresses::add);
			}
			return Optional
				.of(Setting.of(code, Level.POOL, where, line, HexText.concat(addresses.toArray(new byte[0][]))));
		}
		Optional<byte[]> bytes = HexText.digits(value);
		if (bytes.isEmpty()) {
			return Optional.empty();
		}
		Setting setting = Setting.of(code, Level.POOL, where, line, bytes.get());
		int digits = bytes.get().length * 2;
		if (option.group(1) == null && digits > HEX_DIGITS_KEPT) {
			byte[] kept = new byte[HEX_DIGITS_KEPT / 2];
			System.arraycopy(bytes.get(), 0, kept, 0, kept.length);
			setting = setting.with(Trait.OVER_180_DIGITS).wire(HexText.toHex(kept));
		}
		else if (option.group(1) == null && digits == HEX_DIGITS_KEPT) {
			setting = setting.with(Trait.AT_180_DIGITS);
		}
		return Optional.of(setting);
	}

	private void flush(List<Setting> pending, Optional<String> network, boolean option60) {
		for (Setting setting : pending) {
			Setting placed = network.isPresent() ? setting.inNetwork(network.get()) : setting;
			if (option60 && placed.code() == 43) {
				placed = placed.with(Trait.OPTION60_NO_FILTER);
			}
			this.paste.add(placed);
		}
		pending.clear();
	}

	private static String network(String address, String mask) {
		if (mask.startsWith("/")) {
			return address + mask;
		}
		return IscValues.cidr(address, mask);
	}

}
