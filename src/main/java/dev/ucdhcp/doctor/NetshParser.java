package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code netsh dhcp server dump} and DHCPConfigScript-style {@code netsh} lines into the
 * model: vendor classes (name and data), option definitions with their types, scopes, and
 * option values per level; the vendor-class sub-options 1 to 5 become the option 43
 * Windows sends, in code order.
 */
final class NetshParser {

	private static final Pattern PREFIX = Pattern.compile(
			"(?i)^(?:netsh\\s+)?dhcp\\s+server(?:\\s+\\\\\\\\\\S+)?(?:\\s+scope\\s+(\\d{1,3}(?:\\.\\d{1,3}){3}))?\\s+(.*)$");

	private final List<String> lines;

	private final Paste paste;

	private final Map<String, String> masks = new HashMap<>();

	private final Map<String, Map<Integer, byte[]>> subOptions = new LinkedHashMap<>();

	private final Map<String, Integer> firstLine = new HashMap<>();

	NetshParser(List<String> lines) {
		this(lines, PasteFormat.NETSH);
	}

	NetshParser(List<String> lines, PasteFormat format) {
		this.lines = lines;
		this.paste = new Paste(format);
	}

	Paste parse() {
		List<Runnable> values = new ArrayList<>();
		for (int i = 0; i < this.lines.size(); i++) {
			Matcher matcher = PREFIX.matcher(this.lines.get(i).strip());
			if (!matcher.matches()) {
				continue;
			}
			Optional<String> scope = Optional.ofNullable(matcher.group(1));
			List<String> words = WindowsValues.words(matcher.group(2));
			int line = i + 1;
			if (words.size() < 2) {
				continue;
			}
			String command = (words.get(0) + " " + words.get(1)).toLowerCase(Locale.ROOT);
			List<String> args = words.subList(2, words.size());
			switch (command) {
				case "add class" -> addClass(args, line);
				case "add optiondef" -> addDefinition(args, line);
				case "add scope" -> addScope(args, line);
				case "set optionvalue" -> values.add(() -> setValue(scope, args, line));
				default -> {
				}
			}
		}
		values.forEach(Runnable::run);
		assemble();
		return this.paste;
	}

	private void addClass(List<String> args, int line) {
		if (args.size() < 4 || !args.get(3).equals("1")) {
			return;
		}
		String data = args.get(2);
		boolean hex = args.size() > 4 && args.get(4).equalsIgnoreCase("b");
		byte[] bytes = hex ? HexText.digits(data).orElse(HexText.ascii(data)) : HexText.ascii(data);
		this.paste.classes.add(new VendorClass(args.get(0), bytes, line, false));
	}

	private void addDefinition(List<String> args, int line) {
		if (args.size() < 3) {
			return;
		}
		int code = IscValues.number(args.get(0));
		String space = WindowsValues.named(args, "vendor").orElse(Definition.TOP);
		this.paste.definitions
			.add(new Definition(code, space, args.get(1), args.get(2), "server", line, Optional.empty()));
	}

	private void addScope(List<String> args, int line) {
		if (args.size() >= 2 && HexText.ipv4(args.get(1)).isPresent()) {
			String cidr = IscValues.cidr(args.get(0), args.get(1));
			this.masks.put(args.get(0), cidr);
			this.paste.networks.add(new Network("scope " + args.get(0), cidr, line, false));
		}
	}

	private void setValue(Optional<String> scope, List<String> args, int line) {
		if (args.size() < 3) {
			return;
		}
		int code = IscValues.number(args.get(0));
		String type = args.get(1);
		Optional<String> vendor = WindowsValues.named(args, "vendor");
		if (WindowsValues.named(args, "user").isPresent()) {
			return;
		}
		List<String> data = args.subList(2, args.size()).stream().filter((word) -> !word.contains("=")).toList();
		byte[] bytes = WindowsValues.encode(type, data);
		String where = scope.map((id) -> "scope " + id).orElse("server");
		if (vendor.isPresent()) {
			String key = where + "|" + vendor.get();
			this.subOptions.computeIfAbsent(key, (k) -> new TreeMap<>()).put(code, HexText.tlv(code, bytes));
			this.firstLine.putIfAbsent(key, line);
			return;
		}
		Setting setting = Setting.of(code, scope.isPresent() ? Level.SCOPE : Level.GLOBAL, where, line, bytes);
		if (type.equalsIgnoreCase("STRING") && code == 120) {
			setting = setting.with(Trait.TEXT_TYPED);
		}
		this.paste.add(scope.isPresent() ? setting.inNetwork(network(scope.get())) : setting);
	}

	private String network(String scope) {
		return this.masks.getOrDefault(scope, scope);
	}

	private void assemble() {
		WindowsValues.assembleVendorOptions(this.paste, this.subOptions, this.firstLine, this::network);
	}

}
