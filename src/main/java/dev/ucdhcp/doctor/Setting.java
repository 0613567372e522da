package dev.ucdhcp.doctor;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import dev.ucdhcp.encoding.HexStyle;

/**
 * One option 43 or 120 value as the server holds it: its code, level, where it sits (as
 * the admin reads it), the line it came from, the bytes that server puts on the wire for
 * what is written, the vendor class (class, tag or matcher name) it is restricted to, the
 * network it applies to, and what a phone sending MS-UC-Client receives where the server
 * changes it.
 */
record Setting(int code, Level level, String where, int line, byte[] bytes, Optional<String> selector,
		Optional<String> network, Set<Trait> traits, Optional<String> wire) {

	Setting {
		bytes = bytes.clone();
		traits = traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
	}

	static Setting of(int code, Level level, String where, int line, byte[] bytes) {
		return new Setting(code, level, where, line, bytes, Optional.empty(), Optional.empty(), Set.of(),
				Optional.empty());
	}

	@Override
	public byte[] bytes() {
		return this.bytes.clone();
	}

	String hex() {
		return HexStyle.CANONICAL.format(this.bytes);
	}

	boolean has(Trait trait) {
		return this.traits.contains(trait);
	}

	Setting selectedBy(String selector) {
		return new Setting(this.code, this.level, this.where, this.line, this.bytes, Optional.of(selector),
				this.network, this.traits, this.wire);
	}

	Setting inNetwork(String network) {
		return new Setting(this.code, this.level, this.where, this.line, this.bytes, this.selector,
				Optional.of(network), this.traits, this.wire);
	}

	Setting with(Trait trait) {
		Set<Trait> more = this.traits.isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(this.traits);
		more.add(trait);
		return new Setting(this.code, this.level, this.where, this.line, this.bytes, this.selector, this.network, more,
				this.wire);
	}

	Setting wire(String received) {
		return new Setting(this.code, this.level, this.where, this.line, this.bytes, this.selector, this.network,
				this.traits, Optional.of(received));
	}

	boolean scopedByClass() {
		return this.selector.isPresent();
	}

}
