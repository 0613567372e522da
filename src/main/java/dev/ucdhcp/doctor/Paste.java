package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one model every format is parsed into: networks, vendor classes, option
 * definitions, option values with their level and line, and the server-wide facts the
 * rules need. Parsers fill it; the rules and the recovery only read it.
 */
final class Paste {

	final PasteFormat format;

	final List<Network> networks = new ArrayList<>();

	final List<VendorClass> classes = new ArrayList<>();

	final List<Definition> definitions = new ArrayList<>();

	final List<Setting> settings = new ArrayList<>();

	/** ISC subnets or shared networks that say {@code authoritative;} themselves. */
	final List<String> authoritativeNetworks = new ArrayList<>();

	private final Map<Marker, Integer> markers = new EnumMap<>(Marker.class);

	Paste(PasteFormat format) {
		this.format = format;
	}

	void add(Setting setting) {
		if (this.settings.size() >= Limits.MAX_SETTINGS) {
			throw Limits.exceeded("option values", Limits.MAX_SETTINGS);
		}
		this.settings.add(setting);
	}

	void mark(Marker marker, int line) {
		this.markers.putIfAbsent(marker, line);
	}

	Optional<Integer> marked(Marker marker) {
		return Optional.ofNullable(this.markers.get(marker));
	}

	Optional<VendorClass> vendorClass(String name) {
		return this.classes.stream().filter((candidate) -> candidate.name().equals(name)).findFirst();
	}

	List<Setting> settings(int code) {
		return this.settings.stream().filter((setting) -> setting.code() == code).toList();
	}

	List<Definition> definitions(int code, String space) {
		return this.definitions.stream()
			.filter((definition) -> definition.code() == code && definition.space().equals(space))
			.toList();
	}

	/** Replaces values by what the server makes of them ({@code wire}). */
	void replace(Setting old, Setting updated) {
		int index = this.settings.indexOf(old);
		if (index >= 0) {
			this.settings.set(index, updated);
		}
	}

	static Set<Trait> traits(Trait... traits) {
		return Set.of(traits);
	}

}
