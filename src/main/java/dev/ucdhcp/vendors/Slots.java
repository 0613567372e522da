package dev.ucdhcp.vendors;

import java.util.HashMap;
import java.util.Map;

/**
 * The values for a template's {@code {{slot}}}s, one call per slot: filling a slot twice
 * is a programming error, caught at once rather than by a golden file.
 */
final class Slots {

	private final Map<String, String> values = new HashMap<>();

	Slots put(String slot, String value) {
		if (this.values.putIfAbsent(slot, value) != null) {
			throw new IllegalStateException("{{" + slot + "}} filled twice");
		}
		return this;
	}

	/** The value for a slot, or null when none was put. */
	String get(String slot) {
		return this.values.get(slot);
	}

}
