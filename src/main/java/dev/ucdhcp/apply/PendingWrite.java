package dev.ucdhcp.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A note in the running configuration's own {@code user-context} that says "set by apply,
 * not yet known to be in the file". A run cut off after config-set cannot tell whether
 * config-write happened, and the running configuration looks the same either way; so
 * apply first sets the configuration with this note, writes it, and only then sets and
 * writes it again without the note. Whoever finds the note (the next run, from any host)
 * knows the file may lack what the server runs, and finishes. The note lives on the
 * server, not in a local file, because the next run may come from another machine.
 */
final class PendingWrite {

	static final String STATE = "config-write";

	static final String PENDING = "pending";

	private PendingWrite() {
	}

	/** A copy of {@code dhcp4} carrying the note, beside the admin's own user-context. */
	static ObjectNode on(JsonNode dhcp4, Instant at) {
		ObjectNode noted = (ObjectNode) dhcp4.deepCopy();
		JsonNode context = noted.path("user-context");
		ObjectNode userContext = context.isObject() ? (ObjectNode) context : noted.putObject("user-context");
		ObjectNode note = userContext.putObject(ApplyMark.KEY);
		note.put(STATE, PENDING);
		note.put("since", at.toString());
		note.put("note", "set by ucdhcp apply; removed once config-write has saved it");
		return noted;
	}

	/** When the configuration carrying the note was set, if it carries one. */
	static Optional<String> since(JsonNode dhcp4) {
		JsonNode note = dhcp4.path("user-context").path(ApplyMark.KEY);
		return PENDING.equals(note.path(STATE).asString("")) ? Optional.of(note.path("since").asString("?"))
				: Optional.empty();
	}

	/**
	 * A copy of {@code dhcp4} without the note (and without a user-context it emptied).
	 */
	static ObjectNode without(JsonNode dhcp4) {
		ObjectNode clean = (ObjectNode) dhcp4.deepCopy();
		if (since(clean).isPresent()) {
			ObjectNode userContext = (ObjectNode) clean.path("user-context");
			userContext.remove(ApplyMark.KEY);
			if (userContext.isEmpty()) {
				clean.remove("user-context");
			}
		}
		return clean;
	}

	/**
	 * The merge, plus finishing an earlier run that found the note: the note goes, and
	 * what the server runs is written to its file.
	 */
	static Dhcp4Merge.Outcome finishing(Dhcp4Merge.Outcome merge, JsonNode running) {
		Optional<String> since = since(running);
		if (since.isEmpty()) {
			return merge;
		}
		List<String> changes = new ArrayList<>();
		changes.add("finish the apply cut off after its config-set of " + since.get() + ": the server's file may"
				+ " not hold what it runs; remove its pending-write note and config-write");
		changes.addAll(merge.changes());
		return new Dhcp4Merge.Outcome(without(merge.dhcp4()), List.copyOf(changes), merge.kept(), merge.refusals());
	}

}
