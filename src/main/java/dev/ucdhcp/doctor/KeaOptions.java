package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.ucdhcp.doctor.Json.Node;

/**
 * One level's Kea option-data turned into values: names resolved through the option
 * definitions in reach, data encoded per type ({@code csv-format: false} is hex), and
 * option 43 built from the space its definition encapsulates.
 */
final class KeaOptions {

	private static final Map<String, Integer> BUILT_IN = Map.of("vendor-encapsulated-options", 43,
			"vendor-class-identifier", 60, "ntp-servers", 42, "routers", 3, "domain-name-servers", 6);

	private final List<Definition> definitions;

	private final List<Node> outer;

	private final List<Node> entries;

	KeaOptions(List<Definition> definitions, List<Node> outer, List<Node> entries) {
		this.definitions = definitions;
		this.outer = outer;
		this.entries = entries;
	}

	List<Node> entries() {
		return this.entries;
	}

	List<Setting> settings(Level level, String where) {
		List<Setting> settings = new ArrayList<>();
		boolean listed43 = false;
		for (Node entry : this.entries) {
			String space = entry.text("space").orElse(Definition.TOP);
			int code = code(entry, space);
			if (!space.equals(Definition.TOP) || code < 0) {
				continue;
			}
			listed43 |= code == 43;
			value(entry, code).ifPresent((setting) -> settings.add(setting(code, level, where, entry.line(), setting)));
		}
		Optional<Definition> encapsulating = definition(43, Definition.TOP).filter(KeaOptions::encapsulates);
		if (!listed43 && encapsulating.isPresent() && level != Level.GLOBAL) {
			byte[] tlv = subOptions(encapsulating.get().encapsulates().get(), this.entries);
			if (tlv.length > 0) {
				settings.add(Setting.of(43, level, where, encapsulating.get().line(), tlv)
					.with(Trait.NOT_IN_OPTION_DATA)
					.wire(Wire.NONE));
			}
		}
		return settings;
	}

	private Setting setting(int code, Level level, String where, int line, Setting value) {
		Setting placed = new Setting(code, level, where, line, value.bytes(), Optional.empty(), Optional.empty(),
				value.traits(), value.wire());
		return placed;
	}

	/** Kea 3's option class tagging: an option-data entry's own client-classes. */
	Optional<String> classTag(int line) {
		return this.entries.stream()
			.filter((entry) -> entry.line() == line)
			.flatMap((entry) -> entry.list("client-classes").stream())
			.map((node) -> String.valueOf(node.value()))
			.findFirst();
	}

	private Optional<Setting> value(Node entry, int code) {
		Optional<Definition> definition = definition(code, Definition.TOP);
		Optional<String> data = entry.text("data");
		boolean hex = entry.isFalse("csv-format");
		if (code == 43 && definition.filter(KeaOptions::encapsulates).isPresent()) {
			byte[] tlv = subOptions(definition.get().encapsulates().get(), this.entries);
			return Optional.of(Setting.of(43, Level.GLOBAL, "", 0,
					tlv.length > 0 ? tlv : subOptions(definition.get().encapsulates().get(), this.outer)));
		}
		if (definition.isEmpty() && code == 43) {
			byte[] bytes = data.map((d) -> hex ? HexText.digits(d).orElse(HexText.ascii(d)) : HexText.ascii(d))
				.orElse(new byte[0]);
			return Optional.of(Setting.of(43, Level.GLOBAL, "", 0, bytes).with(Trait.NO_DEFINITION));
		}
		if (definition.isEmpty() && code == 120 && !hex) {
			return Optional.of(Setting.of(120, Level.GLOBAL, "", 0, HexText.ascii(data.orElse("")))
				.with(Trait.NO_DEFINITION_TEXT)
				.wire(Wire.NONE));
		}
		String type = definition.map(Definition::type)
			.orElse(hex ? "binary" : (code == 3 || code == 6 || code == 42) ? "ipv4-address" : "string");
		byte[] bytes = encode(hex ? "binary" : type, data.orElse(""));
		Setting setting = Setting.of(code, Level.GLOBAL, "", 0, bytes);
		return Optional.of(type.equals("string") && code == 120 ? setting.with(Trait.TEXT_TYPED) : setting);
	}

	private byte[] subOptions(String space, List<Node> candidates) {
		Map<Integer, byte[]> found = new TreeMap<>();
		for (Node entry : candidates) {
			if (!entry.text("space").orElse(Definition.TOP).equals(space)) {
				continue;
			}
			int code = code(entry, space);
			if (code > 0) {
				String type = definition(code, space).map(Definition::type).orElse("string");
				byte[] bytes = encode(entry.isFalse("csv-format") ? "binary" : type, entry.text("data").orElse(""));
				found.putIfAbsent(code, HexText.tlv(code, bytes));
			}
		}
		return HexText.concat(found.values().toArray(new byte[0][]));
	}

	static byte[] encode(String type, String data) {
		String trimmed = data.strip();
		if (type.equals("binary")) {
			return HexText.digits(trimmed).orElse(HexText.ascii(trimmed));
		}
		if (type.startsWith("record")) {
			String[] fields = trimmed.split("\\s*,\\s*", 2);
			byte first = (byte) number(fields[0]);
			return HexText.concat(new byte[] { first }, HexText.dnsName(fields.length > 1 ? fields[1] : ""));
		}
		return switch (type) {
			case "fqdn" -> HexText.dnsName(trimmed);
			case "uint8" -> HexText.integer(number(trimmed), 1);
			case "uint16" -> HexText.integer(number(trimmed), 2);
			case "uint32" -> HexText.integer(number(trimmed), 4);
			case "ipv4-address" -> addresses(trimmed);
			default -> HexText.ascii(data);
		};
	}

	private static byte[] addresses(String data) {
		List<byte[]> parts = new ArrayList<>();
		for (String address : data.split("\\s*,\\s*")) {
			HexText.ipv4(address).ifPresent(parts::add);
		}
		return HexText.concat(parts.toArray(new byte[0][]));
	}

	private int code(Node entry, String space) {
		Optional<String> code = entry.text("code");
		if (code.isPresent()) {
			return number(code.get());
		}
		String name = entry.text("name").orElse("");
		Optional<Definition> byName = this.definitions.stream()
			.filter((def) -> def.space().equals(space) && def.name().equals(name))
			.findFirst();
		if (byName.isPresent()) {
			return byName.get().code();
		}
		return space.equals(Definition.TOP) ? BUILT_IN.getOrDefault(name, -1) : -1;
	}

	private Optional<Definition> definition(int code, String space) {
		return this.definitions.stream().filter((def) -> def.code() == code && def.space().equals(space)).findFirst();
	}

	private static boolean encapsulates(Definition definition) {
		return definition.encapsulates().isPresent();
	}

	static int number(String text) {
		return IscValues.number(text);
	}

}
