package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PowerShell into the model, in the two shapes admins paste:
 * {@code Get-DhcpServerv4Class} / {@code Get-DhcpServerv4OptionValue | Format-List}
 * blocks ({@code Key : Value}, byte arrays as {@code {0, 4, 108, …}}, a table cut by
 * {@code $FormatEnumerationLimit} ending in {@code ...}), and a DhcpServer-module script
 * ({@code Add-DhcpServerv4Class}, {@code [byte[]](0x…)} values per scope and vendor
 * class, as ucdhcp writes it).
 */
final class PowerShellParser {

	private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+)\\s*:\\s?(.*)$");

	private static final Pattern BYTES = Pattern.compile("\\[byte\\[\\]\\]\\(([^)]*)\\)");

	private static final Pattern ENTRY = Pattern.compile("^'?([0-9.]+)'?\\s*=\\s*\\[byte\\[\\]\\]\\(([^)]*)\\)");

	private static final Pattern SCOPE_ID = Pattern
		.compile("(?i)-ScopeId\\s+'?([0-9.]+)'?|ScopeId\\s*=\\s*'([0-9.]+)'");

	private static final Pattern PARAM = Pattern
		.compile("(?i)-(Name|Type|Data|OptionId|VendorClass)\\s+'?([^'\\s]+)'?");

	private final List<String> lines;

	private final Paste paste = new Paste(PasteFormat.POWERSHELL);

	private final Map<String, Map<Integer, byte[]>> subOptions = new LinkedHashMap<>();

	private final Map<String, Integer> firstLine = new LinkedHashMap<>();

	PowerShellParser(List<String> lines) {
		this.lines = lines;
	}

	Paste parse() {
		boolean script = this.lines.stream().anyMatch((line) -> line.contains("-DhcpServerv4") && line.contains("-"));
		if (script && this.lines.stream()
			.noneMatch((line) -> FIELD.matcher(line.strip()).matches() && line.strip().startsWith("OptionId"))) {
			new PowerShellScript(this).read(this.lines);
		}
		else {
			blocks();
		}
		assemble();
		return this.paste;
	}

	Paste paste() {
		return this.paste;
	}

	/** A value set at server or scope level, for a vendor class or none. */
	void value(int code, Optional<String> scope, Optional<String> vendor, byte[] bytes, int line, boolean text) {
		String where = scope.map((id) -> "scope " + id).orElse("server");
		if (vendor.isPresent() && !vendor.get().isEmpty()) {
			String key = where + "|" + vendor.get();
			this.subOptions.computeIfAbsent(key, (k) -> new TreeMap<>()).put(code, HexText.tlv(code, bytes));
			this.firstLine.putIfAbsent(key, line);
			return;
		}
		Setting setting = Setting.of(code, scope.isPresent() ? Level.SCOPE : Level.GLOBAL, where, line, bytes);
		setting = text && code == 120 ? setting.with(Trait.TEXT_TYPED) : setting;
		this.paste.add(scope.isPresent() ? setting.inNetwork(scope.get()) : setting);
	}

	private void blocks() {
		Optional<String> scope = Optional.empty();
		Map<String, String> block = new LinkedHashMap<>();
		int start = 0;
		for (int i = 0; i <= this.lines.size(); i++) {
			String line = i < this.lines.size() ? this.lines.get(i).strip() : "";
			Matcher scopeId = SCOPE_ID.matcher(line);
			if (line.contains("Get-DhcpServerv4OptionValue")) {
				scope = scopeId.find() ? Optional.of(scopeId.group(1)) : Optional.empty();
			}
			Matcher field = FIELD.matcher(line);
			if (field.matches()) {
				start = block.isEmpty() ? i + 1 : start;
				block.putIfAbsent(field.group(1).toLowerCase(Locale.ROOT), field.group(2).strip());
			}
			else if (!block.isEmpty()) {
				block(block, scope, start);
				block.clear();
			}
		}
	}

	private void block(Map<String, String> block, Optional<String> scope, int line) {
		String type = block.getOrDefault("type", "");
		if (type.equalsIgnoreCase("Vendor") && block.containsKey("data")) {
			this.paste.classes.add(VendorClass.exact(block.getOrDefault("name", ""), block.get("data"), line));
			return;
		}
		int code = IscValues.number(block.getOrDefault("optionid", ""));
		if (code < 0) {
			return;
		}
		Optional<String> vendor = Optional.ofNullable(block.get("vendorclass")).filter((v) -> !v.isEmpty());
		if (!block.containsKey("value")) {
			this.paste.definitions.add(new Definition(code, vendor.orElse(Definition.TOP),
					block.getOrDefault("name", ""), type, "server", line, Optional.empty()));
			return;
		}
		if (!block.getOrDefault("userclass", "").isEmpty()) {
			return;
		}
		String value = block.get("value");
		if (value.endsWith("...}") || value.endsWith("…}")) {
			this.paste.mark(Marker.PASTE_CUT, line);
		}
		List<String> items = new ArrayList<>();
		for (String item : value.replaceAll("^\\{|\\}$", "").replace("...", "").replace("…", "").split(",")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		boolean binary = type.isEmpty() || type.toLowerCase(Locale.ROOT).contains("binary")
				|| type.toLowerCase(Locale.ROOT).contains("encapsulated");
		byte[] bytes = binary ? bytes(items) : WindowsValues.encode(type, items);
		value(code, scope, vendor, bytes, line, type.equalsIgnoreCase("String"));
	}

	/** Byte array items as PowerShell prints them: decimal or {@code 0x} hex. */
	static byte[] bytes(List<String> items) {
		byte[] out = new byte[items.size()];
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i).strip();
			int number = item.toLowerCase(Locale.ROOT).startsWith("0x")
					? IscValues.number(item.toLowerCase(Locale.ROOT)) : IscValues.number(item);
			out[i] = (byte) number;
		}
		return out;
	}

	static Optional<byte[]> byteArray(String text) {
		Matcher matcher = BYTES.matcher(text);
		return matcher.find() ? Optional.of(bytes(List.of(matcher.group(1).split(",")))) : Optional.empty();
	}

	static Optional<String[]> entry(String text) {
		Matcher matcher = ENTRY.matcher(text.strip());
		return matcher.find() ? Optional.of(new String[] { matcher.group(1), matcher.group(2) }) : Optional.empty();
	}

	static Optional<String> scopeId(String text) {
		Matcher matcher = SCOPE_ID.matcher(text);
		return matcher.find() ? Optional.ofNullable(matcher.group(1) != null ? matcher.group(1) : matcher.group(2))
				: Optional.empty();
	}

	static Map<String, String> parameters(String text) {
		Map<String, String> params = new LinkedHashMap<>();
		Matcher matcher = PARAM.matcher(text);
		while (matcher.find()) {
			params.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2));
		}
		return params;
	}

	private void assemble() {
		WindowsValues.assembleVendorOptions(this.paste, this.subOptions, this.firstLine, (scope) -> scope);
	}

}
