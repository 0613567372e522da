package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.doctor.Json.Node;

/**
 * Kea {@code kea-dhcp4.conf} into the model: option definitions (global and class-local),
 * client classes with the option 60 their test compares, subnets with their relays and
 * pools, and option-data at every level, encoded as Kea encodes it.
 */
final class KeaParser {

	private static final Pattern TEST = Pattern
		.compile("option\\[(?:vendor-class-identifier|60)\\]\\.(?:text|hex)[^']*'([^']*)'");

	private final String text;

	private final Paste paste = new Paste(PasteFormat.KEA);

	KeaParser(String text) {
		this.text = text;
	}

	Paste parse() {
		Node root = Json.parse(this.text);
		Node dhcp4 = root.get("Dhcp4").orElse(root);
		List<Definition> global = definitions(dhcp4, "global");
		this.paste.definitions.addAll(global);
		dhcp4.get("interfaces-config")
			.flatMap((config) -> config.get("dhcp-socket-type"))
			.filter((type) -> "udp".equals(type.value()))
			.ifPresent((type) -> this.paste.mark(Marker.KEA_UDP_SOCKETS, type.line()));
		KeaOptions globalOptions = new KeaOptions(global, List.of(), dhcp4.list("option-data"));
		place(globalOptions, Level.GLOBAL, "global", Optional.empty(), Optional.empty());
		for (Node clientClass : dhcp4.list("client-classes")) {
			clientClass(clientClass, global, globalOptions);
		}
		for (Node subnet : subnets(dhcp4)) {
			subnet(subnet, global, globalOptions);
		}
		Wire.keaPrecedence(this.paste);
		return this.paste;
	}

	private List<Node> subnets(Node dhcp4) {
		List<Node> subnets = new ArrayList<>(dhcp4.list("subnet4"));
		for (Node shared : dhcp4.list("shared-networks")) {
			subnets.addAll(shared.list("subnet4"));
		}
		return subnets;
	}

	private List<Definition> definitions(Node level, String where) {
		List<Definition> definitions = new ArrayList<>();
		for (Node def : level.list("option-def")) {
			int code = KeaOptions.number(def.text("code").orElse(""));
			String space = def.text("space").orElse(Definition.TOP);
			String type = def.text("type").orElse("") + def.text("record-types").map((types) -> " " + types).orElse("");
			definitions
				.add(new Definition(code, space, def.text("name").orElse(""), type.toLowerCase(Locale.ROOT).strip(),
						where, def.line(), def.text("encapsulate").filter((s) -> !s.isEmpty())));
		}
		return definitions;
	}

	private void clientClass(Node clientClass, List<Definition> global, KeaOptions globalOptions) {
		String name = clientClass.text("name").orElse("");
		Optional<String> data = clientClass.text("test").flatMap(KeaParser::comparedValue);
		if (data.isEmpty() && name.startsWith("VENDOR_CLASS_")) {
			data = Optional.of(name.substring("VENDOR_CLASS_".length()));
		}
		data.ifPresent((value) -> this.paste.classes
			.add(VendorClass.exact(name, value, clientClass.get("test").map(Node::line).orElse(clientClass.line()))));
		List<Definition> local = definitions(clientClass, "class \"" + name + "\"");
		this.paste.definitions.addAll(local);
		List<Definition> all = new ArrayList<>(local);
		all.addAll(global);
		KeaOptions options = new KeaOptions(all, globalOptions.entries(), clientClass.list("option-data"));
		place(options, Level.CLASS, "class \"" + name + "\"", Optional.of(name), Optional.empty());
	}

	private void subnet(Node subnet, List<Definition> global, KeaOptions globalOptions) {
		String cidr = subnet.text("subnet").orElse("");
		boolean relayed = subnet.get("relay")
			.map((relay) -> !relay.list("ip-addresses").isEmpty() || relay.text("ip-address").isPresent())
			.orElse(false);
		this.paste.networks.add(new Network("subnet " + cidr, cidr, subnet.line(), relayed));
		KeaOptions options = new KeaOptions(global, globalOptions.entries(), subnet.list("option-data"));
		place(options, Level.SCOPE, "subnet " + cidr, Optional.empty(), Optional.of(cidr));
		for (Node pool : subnet.list("pools")) {
			KeaOptions poolOptions = new KeaOptions(global, globalOptions.entries(), pool.list("option-data"));
			place(poolOptions, Level.POOL, "pool " + pool.text("pool").orElse("") + " in subnet " + cidr,
					Optional.empty(), Optional.of(cidr));
		}
	}

	private void place(KeaOptions options, Level level, String where, Optional<String> selector,
			Optional<String> network) {
		for (Setting setting : options.settings(level, where)) {
			Setting placed = setting;
			Optional<String> tagged = options.classTag(setting.line());
			if (selector.or(() -> tagged).isPresent()) {
				placed = placed.selectedBy(selector.or(() -> tagged).get());
			}
			if (network.isPresent()) {
				placed = placed.inNetwork(network.get());
			}
			this.paste.add(placed);
		}
	}

	static Optional<String> comparedValue(String test) {
		Matcher matcher = TEST.matcher(test);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
