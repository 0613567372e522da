package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.ucdhcp.doctor.IscTokens.Token;

/**
 * ISC {@code dhcpd.conf} into the model: option spaces and definitions, classes with
 * their {@code match if option vendor-class-identifier}, subnets, shared networks and
 * pools, {@code authoritative;}, and option values encoded as dhcpd encodes them for
 * their declared type. A class's {@code vendor-option-space} sub-options become its
 * option 43, in code order.
 */
final class IscParser {

	private final List<Token> tokens;

	private final Paste paste = new Paste(PasteFormat.ISC);

	private final Map<String, IscValues.Type> types = new HashMap<>(IscValues.BUILT_IN);

	private final Map<Block, String> spaceOf = new HashMap<>();

	private int position;

	IscParser(String text) {
		this.tokens = IscTokens.of(text);
	}

	/** One {@code { … }} scope with what its statements set. */
	private static final class Block {

		final Level level;

		final String where;

		final Optional<String> network;

		final Optional<String> className;

		final boolean authoritative;

		String vendorSpace;

		final Map<Integer, byte[]> subOptions = new TreeMap<>();

		int subOptionLine;

		Block(Level level, String where, Optional<String> network, Optional<String> className, boolean authoritative) {
			this.level = level;
			this.where = where;
			this.network = network;
			this.className = className;
			this.authoritative = authoritative;
		}

	}

	Paste parse() {
		Block global = new Block(Level.GLOBAL, "global", Optional.empty(), Optional.empty(), false);
		statements(global, 0);
		while (this.position < this.tokens.size()) {
			this.position++;
			statements(global, 0);
		}
		close(global);
		Wire.iscClassOverSubnet(this.paste);
		return this.paste;
	}

	private void statements(Block block, int depth) {
		while (this.position < this.tokens.size()) {
			if (this.tokens.get(this.position).is("}")) {
				if (depth > 0) {
					this.position++;
				}
				return;
			}
			statement(block, depth);
		}
	}

	private void statement(Block block, int depth) {
		List<Token> words = new ArrayList<>();
		boolean option = this.tokens.get(this.position).is("option");
		while (this.position < this.tokens.size()) {
			Token token = this.tokens.get(this.position);
			if (token.is(";") || (token.is("{") && !option)) {
				break;
			}
			if (token.is("}") && !option) {
				simple(block, words);
				return;
			}
			words.add(token);
			this.position++;
		}
		boolean opens = this.position < this.tokens.size() && this.tokens.get(this.position).is("{");
		this.position++;
		if (opens) {
			if (depth + 1 > Limits.MAX_DEPTH) {
				throw Limits.exceeded("nested braces", Limits.MAX_DEPTH);
			}
			Block inner = open(block, words);
			statements(inner, depth + 1);
			close(inner);
		}
		else {
			simple(block, words);
		}
	}

	private Block open(Block outer, List<Token> words) {
		String kind = words.isEmpty() ? "" : words.get(0).text().toLowerCase(Locale.ROOT);
		int line = words.isEmpty() ? 0 : words.get(0).line();
		if (kind.equals("class") && words.size() > 1) {
			String name = words.get(1).text();
			return new Block(Level.CLASS, "class \"" + name + "\"", outer.network, Optional.of(name),
					outer.authoritative);
		}
		if (kind.equals("subnet") && words.size() >= 4) {
			String cidr = IscValues.cidr(words.get(1).text(), words.get(3).text());
			boolean authoritative = outer.authoritative;
			this.paste.networks.add(new Network("subnet " + cidr, cidr, line, false));
			return new Block(Level.SCOPE, "subnet " + cidr, Optional.of(cidr), outer.className, authoritative);
		}
		if (kind.equals("shared-network") && words.size() > 1) {
			return new Block(Level.SCOPE, "shared-network " + words.get(1).text(), Optional.empty(), outer.className,
					outer.authoritative);
		}
		if (kind.equals("pool")) {
			return new Block(Level.POOL, "pool in " + outer.where, outer.network, outer.className, outer.authoritative);
		}
		return new Block(outer.level, outer.where, outer.network, outer.className, outer.authoritative);
	}

	private void simple(Block block, List<Token> words) {
		if (words.isEmpty()) {
			return;
		}
		Token first = words.get(0);
		if (first.is("authoritative") && words.size() == 1) {
			authoritative(block, first.line());
		}
		else if (first.is("vendor-option-space") && words.size() > 1) {
			block.vendorSpace = words.get(1).text();
		}
		else if (first.is("match") && block.className.isPresent()) {
			match(block, words);
		}
		else if (first.is("option") && words.size() > 2 && !words.get(1).is("space")) {
			if (words.get(2).is("code")) {
				define(words);
			}
			else {
				value(block, words);
			}
		}
	}

	private void authoritative(Block block, int line) {
		if (block.level == Level.GLOBAL) {
			this.paste.mark(Marker.ISC_AUTHORITATIVE_GLOBAL, line);
		}
		else {
			this.paste.authoritativeNetworks.add(block.where);
		}
	}

	private void match(Block block, List<Token> words) {
		for (int i = 0; i < words.size() - 1; i++) {
			if (words.get(i).is("=")) {
				Token value = words.get(i + 1);
				byte[] data = value.quoted() ? HexText.ascii(value.text())
						: HexText.colonPairs(value.text()).orElse(HexText.ascii(value.text()));
				this.paste.classes.add(new VendorClass(block.className.get(), data, words.get(0).line(), false));
				return;
			}
		}
	}

	private void define(List<Token> words) {
		String name = words.get(1).text().toLowerCase(Locale.ROOT);
		int dot = name.indexOf('.');
		String space = dot > 0 ? name.substring(0, dot) : Definition.TOP;
		int code = IscValues.number(words.size() > 3 ? words.get(3).text() : "");
		StringBuilder type = new StringBuilder();
		for (int i = 5; i < words.size(); i++) {
			type.append(i > 5 ? " " : "").append(words.get(i).text());
		}
		this.types.put(name, new IscValues.Type(code, space, type.toString().toLowerCase(Locale.ROOT)));
		this.paste.definitions
			.add(new Definition(code, space, name, type.toString(), "global", words.get(0).line(), Optional.empty()));
	}

	private void value(Block block, List<Token> words) {
		String name = words.get(1).text().toLowerCase(Locale.ROOT);
		IscValues.Type type = this.types.get(name);
		if (type == null || type.code() < 0) {
			return;
		}
		byte[] bytes = IscValues.encode(type.type(), words.subList(2, words.size()));
		int line = words.get(0).line();
		if (!type.space().equals(Definition.TOP)) {
			if (type.space().equalsIgnoreCase(block.vendorSpace) || block.vendorSpace == null) {
				block.subOptions.put(type.code(), HexText.tlv(type.code(), bytes));
				block.subOptionLine = block.subOptionLine == 0 ? line : block.subOptionLine;
				this.spaceOf.put(block, type.space());
			}
			return;
		}
		Setting setting = Setting.of(type.code(), block.level, block.where, line, bytes);
		if (type.type().equals("text") && type.code() == 120) {
			setting = setting.with(Trait.TEXT_TYPED);
		}
		add(block, setting);
	}

	private void close(Block block) {
		if (block.subOptions.isEmpty() || block.vendorSpace == null
				|| !block.vendorSpace.equalsIgnoreCase(this.spaceOf.getOrDefault(block, ""))) {
			return;
		}
		byte[] tlv = HexText.concat(block.subOptions.values().toArray(new byte[0][]));
		add(block, Setting.of(43, block.level, block.where, block.subOptionLine, tlv));
	}

	private void add(Block block, Setting setting) {
		Setting placed = setting;
		if (block.className.isPresent()) {
			placed = placed.selectedBy(block.className.get());
		}
		if (block.network.isPresent()) {
			placed = placed.inNetwork(block.network.get());
		}
		this.paste.add(placed);
	}

}
