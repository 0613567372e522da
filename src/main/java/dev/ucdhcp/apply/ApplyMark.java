package dev.ucdhcp.apply;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code user-context} note on every entry an apply adds, so that a rollback finds
 * exactly those entries again (Kea keeps user-context through config-set, config-get and
 * config-write). The time is a string: Kea 2.2 keeps only 6 significant digits of numbers
 * in user-context.
 */
record ApplyMark(Instant at, String permalink) {

	static final String KEY = "ucdhcp";

	static final String ADDED_BY = "ucdhcp apply";

	ApplyMark {
		at = at.truncatedTo(ChronoUnit.SECONDS);
	}

	/** A copy of {@code entry} carrying this mark, beside any user-context it had. */
	ObjectNode on(ObjectNode entry) {
		ObjectNode marked = entry.deepCopy();
		JsonNode context = marked.path("user-context");
		ObjectNode userContext = context.isObject() ? (ObjectNode) context : marked.putObject("user-context");
		ObjectNode note = userContext.putObject(KEY);
		note.put("added-by", ADDED_BY);
		note.put("at", this.at.toString());
		note.put("permalink", this.permalink);
		return marked;
	}

	static boolean isOn(JsonNode entry) {
		return ADDED_BY.equals(entry.path("user-context").path(KEY).path("added-by").asString(""));
	}

}
