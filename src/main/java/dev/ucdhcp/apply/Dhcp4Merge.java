package dev.ucdhcp.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.Ipv4Network;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts what the Kea target writes into a server's running {@code Dhcp4} configuration, or
 * takes out what an earlier apply put there. Never edits an entry it did not add: an
 * equal one is left alone (and stays after a rollback), a different one stops the apply.
 */
final class Dhcp4Merge {

	/**
	 * Kea's codes for the standard option names the target uses; config-get writes the
	 * code next to every name, so an entry the admin wrote by code is found too.
	 */
	private static final Map<String, Integer> STANDARD_CODES = Map.of("routers", 3, "ntp-servers", 42,
			"vendor-encapsulated-options", 43, "vendor-class-identifier", 60);

	/** The new configuration, what changed, what was there already, and why not. */
	record Outcome(ObjectNode dhcp4, List<String> changes, List<String> kept, List<String> refusals) {

		boolean changed() {
			return !this.changes.isEmpty();
		}

		boolean refused() {
			return !this.refusals.isEmpty();
		}

	}

	private final ObjectNode dhcp4;

	private final ApplyMark mark;

	private final Map<String, Integer> codes = new HashMap<>(STANDARD_CODES);

	private final List<String> changes = new ArrayList<>();

	private final List<String> kept = new ArrayList<>();

	private final List<String> refusals = new ArrayList<>();

	private Dhcp4Merge(JsonNode server, ApplyMark mark) {
		this.dhcp4 = (ObjectNode) server.deepCopy();
		this.mark = mark;
	}

	static Outcome apply(JsonNode server, RenderedKea wanted, ApplyMark mark) {
		Dhcp4Merge merge = new Dhcp4Merge(server, mark);
		wanted.optionDefs().forEach((def) -> merge.codes.put(def.path("name").asString(""), def.path("code").asInt()));
		merge.merge(merge.dhcp4, "option-def", wanted.optionDefs(), Entry.OPTION_DEF, "");
		merge.merge(merge.dhcp4, "option-data", wanted.optionData(), Entry.OPTION_DATA, " (server level)");
		merge.merge(merge.dhcp4, "client-classes", wanted.clientClasses(), Entry.CLIENT_CLASS, "");
		wanted.subnetOptionData().forEach(merge::mergeIntoSubnets);
		return merge.outcome();
	}

	/** Removes every entry an apply marked, wherever it is, and nothing else. */
	static Outcome rollback(JsonNode server) {
		Dhcp4Merge merge = new Dhcp4Merge(server, null);
		merge.removeMarked(merge.dhcp4, "");
		return merge.outcome();
	}

	private Outcome outcome() {
		return new Outcome(this.dhcp4, List.copyOf(this.changes), List.copyOf(this.kept), List.copyOf(this.refusals));
	}

	private void mergeIntoSubnets(Ipv4Network scope, List<ObjectNode> optionData) {
		List<JsonNode> matching = RenderedKea.subnets(this.dhcp4)
			.stream()
			.filter((subnet) -> RenderedKea.network(subnet).filter(scope::equals).isPresent())
			.toList();
		if (matching.isEmpty()) {
			this.refusals.add("The server has no subnet4 " + scope + " for option 120 of the scope " + scope
					+ ": add that subnet to Kea first (with its pools and routers), or check the scope; to set"
					+ " option 120 server-wide, apply without a scope.");
		}
		for (JsonNode subnet : matching) {
			merge((ObjectNode) subnet, "option-data", optionData, Entry.OPTION_DATA, inSubnet(subnet));
		}
	}

	private static String inSubnet(JsonNode subnet) {
		return " in subnet4 " + subnet.path("subnet").asString("?")
				+ (subnet.has("id") ? " (id " + subnet.path("id").asString() + ")" : "");
	}

	private void merge(ObjectNode parent, String key, List<ObjectNode> wanted, Entry kind, String where) {
		for (ObjectNode entry : wanted) {
			JsonNode present = parent.path(key);
			List<Integer> same = new ArrayList<>();
			for (int i = 0; i < present.size(); i++) {
				if (kind.same(present.get(i), entry, this.codes)) {
					same.add(i);
				}
			}
			if (same.isEmpty()) {
				array(parent, key).add(this.mark.on(entry));
				this.changes.add("add " + kind.describe(entry) + where);
			}
			for (int i : same) {
				reconcile((ArrayNode) present, i, entry, kind, where);
			}
		}
	}

	private void reconcile(ArrayNode present, int index, ObjectNode entry, Entry kind, String where) {
		JsonNode actual = present.get(index);
		Optional<String> difference = Difference.between(actual, entry);
		if (difference.isEmpty()) {
			if (!ApplyMark.isOn(actual)) {
				this.kept.add(kind.describe(actual) + where
						+ " is already there as ucdhcp writes it; the server's own entry, a rollback leaves it");
			}
			return;
		}
		if (ApplyMark.isOn(actual)) {
			present.set(index, this.mark.on(entry));
			this.changes.add("update " + kind.describe(entry) + where + " (" + difference.get() + ")");
			return;
		}
		this.refusals.add("The server already has " + kind.describe(actual) + where + ", not as ucdhcp writes it ("
				+ difference.get() + "). ucdhcp changes nothing it did not add: " + kind.advice());
	}

	private static ArrayNode array(ObjectNode parent, String key) {
		JsonNode present = parent.get(key);
		return (present != null && present.isArray()) ? (ArrayNode) present : parent.putArray(key);
	}

	private void removeMarked(JsonNode node, String where) {
		if (node.isArray()) {
			node.forEach((element) -> removeMarked(element, where));
			return;
		}
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			JsonNode value = property.getValue();
			if (!value.isArray()) {
				removeMarked(value, where);
				continue;
			}
			ArrayNode array = (ArrayNode) value;
			for (JsonNode element : array) {
				if (ApplyMark.isOn(element)) {
					this.changes.add("remove " + Entry.of(property.getKey()).describe(element) + where);
				}
			}
			array.removeIf(ApplyMark::isOn);
			array.forEach((element) -> removeMarked(element, where + context(property.getKey(), element)));
		}
	}

	private static String context(String key, JsonNode element) {
		if ("subnet4".equals(key)) {
			return inSubnet(element);
		}
		if ("shared-networks".equals(key)) {
			return " in shared network " + element.path("name").asString("?");
		}
		if ("client-classes".equals(key)) {
			return " in client class " + element.path("name").asString("?");
		}
		return "";
	}

	/** The kinds of entry the Kea target writes, and which server entry is "the same". */
	enum Entry {

		OPTION_DEF("option-def",
				"remove or rename that option-def (and the option-data that use it), then apply" + " again.") {
			@Override
			boolean same(JsonNode present, JsonNode wanted, Map<String, Integer> codes) {
				return sameSpace(present, wanted) && (sameText(present, wanted, "name")
						|| present.path("code").asInt(-1) == wanted.path("code").asInt(-2));
			}
		},

		OPTION_DATA("option-data", "remove that option-data from the server (or give it the value ucdhcp"
				+ " writes yourself), then apply again.") {
			@Override
			boolean same(JsonNode present, JsonNode wanted, Map<String, Integer> codes) {
				int code = wanted.path("code").asInt(codes.getOrDefault(wanted.path("name").asString(""), -2));
				return sameSpace(present, wanted)
						&& (sameText(present, wanted, "name") || present.path("code").asInt(-1) == code);
			}
		},

		CLIENT_CLASS("client class", "rename or remove the server's class of that name, then apply again.") {
			@Override
			boolean same(JsonNode present, JsonNode wanted, Map<String, Integer> codes) {
				return sameText(present, wanted, "name");
			}
		},

		OTHER("entry", "") {
			@Override
			boolean same(JsonNode present, JsonNode wanted, Map<String, Integer> codes) {
				return false;
			}
		};

		private final String label;

		private final String advice;

		Entry(String label, String advice) {
			this.label = label;
			this.advice = advice;
		}

		abstract boolean same(JsonNode present, JsonNode wanted, Map<String, Integer> codes);

		String advice() {
			return this.advice;
		}

		String describe(JsonNode entry) {
			String code = entry.has("code") ? " (code " + entry.path("code").asString() + ")" : "";
			return this.label + " " + entry.path("name").asString("?") + code;
		}

		static Entry of(String key) {
			return switch (key) {
				case "option-def" -> OPTION_DEF;
				case "option-data" -> OPTION_DATA;
				case "client-classes" -> CLIENT_CLASS;
				default -> OTHER;
			};
		}

		private static boolean sameSpace(JsonNode present, JsonNode wanted) {
			return present.path("space").asString("dhcp4").equals(wanted.path("space").asString("dhcp4"));
		}

		private static boolean sameText(JsonNode present, JsonNode wanted, String key) {
			return present.has(key) && present.path(key).asString("").equals(wanted.path(key).asString(""));
		}

	}

}
