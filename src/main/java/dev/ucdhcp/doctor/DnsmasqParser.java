package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dnsmasq's configuration into the model: {@code dhcp-range} with the tag it sets and its
 * network, {@code dhcp-vendorclass} tags (substring matches), and {@code dhcp-option}
 * values typed as dnsmasq types them: colon hex as bytes, other text as text, a bare
 * number as an integer, option 120 names as RFC 3361; {@code vendor:} lines gathered into
 * the option 43 dnsmasq builds from them.
 */
final class DnsmasqParser {

	private final List<String> lines;

	private final Paste paste = new Paste(PasteFormat.DNSMASQ);

	private final Map<String, String> networkOfTag = new HashMap<>();

	private final List<DnsmasqOption> options = new ArrayList<>();

	DnsmasqParser(List<String> lines) {
		this.lines = lines;
	}

	Paste parse() {
		for (int i = 0; i < this.lines.size(); i++) {
			line(DnsmasqOption.uncommented(this.lines.get(i)).strip(), i + 1);
		}
		Map<String, List<DnsmasqOption>> vendorForm = new LinkedHashMap<>();
		for (DnsmasqOption option : this.options) {
			if (option.vendor().isPresent()) {
				vendorForm.computeIfAbsent(option.vendor().get(), (key) -> new ArrayList<>()).add(option);
			}
			else {
				place(option);
			}
		}
		vendorForm.forEach(this::vendorForm);
		Wire.dnsmasqLastUntagged(this.paste, 120);
		Wire.dnsmasqLastUntagged(this.paste, 43);
		return this.paste;
	}

	private void line(String line, int number) {
		int equals = line.indexOf('=');
		if (equals < 0) {
			return;
		}
		String key = line.substring(0, equals).strip();
		String value = line.substring(equals + 1).strip();
		switch (key) {
			case "dhcp-range" -> range(value, number);
			case "dhcp-vendorclass" -> vendorClass(value, number);
			case "dhcp-option", "dhcp-option-force" -> DnsmasqOption.parse(value, number).ifPresent(this.options::add);
			default -> {
			}
		}
	}

	private void range(String value, int number) {
		List<String> parts = DnsmasqOption.split(value);
		String tag = null;
		List<String> rest = new ArrayList<>();
		for (String part : parts) {
			if (part.startsWith("set:")) {
				tag = part.substring(4);
			}
			else if (!part.startsWith("tag:")) {
				rest.add(part);
			}
		}
		if (rest.size() < 3 || HexText.ipv4(rest.get(0)).isEmpty() || HexText.ipv4(rest.get(2)).isEmpty()) {
			return;
		}
		String cidr = network(HexText.ipv4(rest.get(0)).get(), HexText.ipv4(rest.get(2)).get());
		this.paste.networks.add(new Network("range " + rest.get(0) + "-" + rest.get(1), cidr, number, false));
		if (tag != null) {
			this.networkOfTag.putIfAbsent(tag, cidr);
		}
	}

	private void vendorClass(String value, int number) {
		List<String> parts = DnsmasqOption.split(value);
		if (parts.size() < 2) {
			return;
		}
		String tag = parts.get(0).startsWith("set:") ? parts.get(0).substring(4) : parts.get(0);
		String data = DnsmasqOption.unquoted(String.join(",", parts.subList(1, parts.size())));
		this.paste.classes.add(new VendorClass(tag, HexText.ascii(data), number, true));
	}

	private void place(DnsmasqOption option) {
		Setting setting = Setting.of(option.code(), Level.GLOBAL, "untagged", option.line(), option.bytes());
		Optional<String> selector = option.tags()
			.stream()
			.filter((tag) -> this.paste.vendorClass(tag).isPresent())
			.findFirst();
		Optional<String> network = option.tags()
			.stream()
			.map(this.networkOfTag::get)
			.filter((cidr) -> cidr != null)
			.findFirst();
		if (!option.tags().isEmpty()) {
			setting = new Setting(option.code(), Level.TAG, "tag " + String.join(",", option.tags()), option.line(),
					option.bytes(), selector, network, setting.traits(), Optional.empty());
		}
		for (Trait trait : option.traits()) {
			setting = setting.with(trait);
		}
		this.paste.add(setting);
	}

	private void vendorForm(String vendor, List<DnsmasqOption> lines) {
		List<byte[]> tlvs = new ArrayList<>();
		for (DnsmasqOption line : lines) {
			tlvs.add(HexText.tlv(line.code(), line.bytes()));
		}
		byte[] written = HexText.concat(tlvs.toArray(new byte[0][]));
		String name = "vendor:" + vendor;
		if (this.paste.vendorClass(name).isEmpty()) {
			this.paste.classes.add(new VendorClass(name, HexText.ascii(vendor), lines.get(0).line(), true));
		}
		Setting setting = new Setting(43, Level.CLASS, "vendor class " + vendor, lines.get(0).line(), written,
				Optional.of(name), Optional.empty(), Paste.traits(Trait.VENDOR_FORM),
				Optional.of(HexText.toHex(Wire.reversedWithEnd(written))));
		this.paste.add(setting);
	}

	private static String network(byte[] start, byte[] mask) {
		StringBuilder out = new StringBuilder();
		int prefix = 0;
		for (int i = 0; i < 4; i++) {
			out.append(i > 0 ? "." : "").append((start[i] & mask[i]) & 0xFF);
			prefix += Integer.bitCount(mask[i] & 0xFF);
		}
		return out + "/" + prefix;
	}

}
