package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MikroTik RouterOS {@code /export} (v6 and v7) and {@code option print} into the model:
 * option entries with their values as RouterOS encodes them, option sets, networks that
 * attach options (every client there gets them) and v7 matchers on option 60 (only
 * matching clients get their set).
 */
final class MikrotikParser {

	private static final Pattern PRINTED = Pattern
		.compile("^\\s*\\d+\\s+(\\S+)\\s+(\\d{1,3})\\s+(\\S+)\\s+([0-9A-Fa-f]+)\\s*$");

	/** The selector of options whose attachment the paste does not show. */
	static final String UNATTACHED = "(attachment not in the paste)";

	private record Option(int code, byte[] bytes, boolean text, int line) {
	}

	private final List<String> lines;

	private final Paste paste = new Paste(PasteFormat.MIKROTIK);

	private final Map<String, Option> options = new LinkedHashMap<>();

	private final Map<String, List<String>> sets = new LinkedHashMap<>();

	private final List<Runnable> attachments = new ArrayList<>();

	MikrotikParser(List<String> lines) {
		this.lines = lines;
	}

	Paste parse() {
		String menu = "";
		for (int i = 0; i < this.lines.size(); i++) {
			String line = this.lines.get(i).strip();
			int number = i + 1;
			while (line.endsWith("\\") && i + 1 < this.lines.size()) {
				line = line.substring(0, line.length() - 1) + this.lines.get(++i).strip();
			}
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("/")) {
				String[] words = line.split("\\s+");
				int command = commandIndex(words);
				menu = String.join(" ", List.of(words).subList(0, command)).toLowerCase(Locale.ROOT);
				line = String.join(" ", List.of(words).subList(command, words.length));
			}
			command(menu, line, number);
		}
		this.attachments.forEach(Runnable::run);
		if (this.attachments.isEmpty()) {
			// an option print alone does not show where the options are attached: judge
			// their bytes, not their reach
			this.options.keySet()
				.forEach((name) -> place(name, Level.GLOBAL, "option " + name + " (not attached in this paste)",
						Optional.of(UNATTACHED), Optional.empty()));
		}
		return this.paste;
	}

	private static int commandIndex(String[] words) {
		for (int i = 0; i < words.length; i++) {
			if (words[i].equals("add") || words[i].equals("set") || words[i].equals("print")) {
				return i;
			}
		}
		return words.length;
	}

	private void command(String menu, String line, int number) {
		Matcher printed = PRINTED.matcher(line);
		if (menu.endsWith("dhcp-server option") && printed.matches()) {
			byte[] raw = HexText.digits(printed.group(4)).orElse(new byte[0]);
			this.options.put(printed.group(1), new Option(Integer.parseInt(printed.group(2)), raw, false, number));
			return;
		}
		if (!line.startsWith("add ") && !line.startsWith("set ")) {
			return;
		}
		Map<String, String> params = RouterOsValues.parameters(line.substring(4));
		switch (menu) {
			case "/ip dhcp-server option" -> option(params, number);
			case "/ip dhcp-server option sets" ->
				this.sets.put(params.getOrDefault("name", ""), List.of(params.getOrDefault("options", "").split(",")));
			case "/ip dhcp-server network" -> this.attachments.add(() -> network(params, line, number));
			case "/ip dhcp-server matcher" -> this.attachments.add(() -> matcher(params, number));
			default -> {
			}
		}
	}

	private void option(Map<String, String> params, int number) {
		int code = IscValues.number(params.getOrDefault("code", ""));
		if (code < 0 || !params.containsKey("value")) {
			return;
		}
		RouterOsValues.Value value = RouterOsValues.value(params.get("value"));
		this.options.put(params.getOrDefault("name", "code" + code),
				new Option(code, value.bytes(), value.text(), number));
	}

	private void network(Map<String, String> params, String line, int number) {
		Optional<String> address = Optional.ofNullable(params.get("address"));
		if (address.isEmpty()) {
			Matcher find = Pattern.compile("address=([0-9./]+)").matcher(line);
			address = find.find() ? Optional.of(find.group(1)) : Optional.empty();
		}
		String where = "network " + address.orElse("?");
		address.ifPresent((cidr) -> this.paste.networks.add(new Network(where, cidr, number, false)));
		List<String> names = new ArrayList<>();
		if (params.containsKey("dhcp-option")) {
			names.addAll(List.of(params.get("dhcp-option").split(",")));
		}
		if (params.containsKey("dhcp-option-set")) {
			names.addAll(this.sets.getOrDefault(params.get("dhcp-option-set"), List.of()));
		}
		for (String name : names) {
			place(name, Level.SCOPE, where, Optional.empty(), address);
		}
	}

	private void matcher(Map<String, String> params, int number) {
		String name = params.getOrDefault("name", "matcher");
		if (!"60".equals(params.get("code"))) {
			return;
		}
		boolean substring = "substring".equals(params.get("matching-type"));
		byte[] data = RouterOsValues.value(params.getOrDefault("value", "")).bytes();
		this.paste.classes.add(new VendorClass(name, data, number, substring));
		String where = "matcher " + name + " (server " + params.getOrDefault("server", "?") + ")";
		for (String option : this.sets.getOrDefault(params.getOrDefault("option-set", ""), List.of())) {
			place(option, Level.MATCHER, where, Optional.of(name), Optional.empty());
		}
	}

	private void place(String name, Level level, String where, Optional<String> selector, Optional<String> network) {
		Option option = this.options.get(name.strip());
		if (option == null) {
			return;
		}
		Setting setting = new Setting(option.code(), level, where, option.line(), option.bytes(), selector, network,
				option.text() && option.code() == 120 ? Paste.traits(Trait.TEXT_TYPED) : Paste.traits(),
				Optional.empty());
		this.paste.add(setting);
	}

}
