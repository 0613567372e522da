package dev.ucdhcp.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.InvalidValueException;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.vendors.Target;
import dev.ucdhcp.vendors.TargetRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the Kea target writes for these inputs, taken apart into the pieces a running
 * server receives: option definitions, server-level option-data, client classes, and
 * option-data per subnet. Reading the rendered file (rather than building the pieces a
 * second time) keeps apply and download byte for byte the same.
 */
record RenderedKea(List<ObjectNode> optionDefs, List<ObjectNode> optionData, List<ObjectNode> clientClasses,
		Map<Ipv4Network, List<ObjectNode>> subnetOptionData) {

	static final String TARGET = "kea";

	/**
	 * A subnet the target writes from a scope is a whole new subnet4 with a guessed
	 * router; a running server already has its subnet and its real router.
	 */
	private static final List<String> NEW_SUBNET_ONLY = List.of("routers");

	static RenderedKea of(PhoneProvisioning provisioning, String permalink) {
		Target kea = new TargetRegistry().find(TARGET).orElseThrow();
		return parse(kea.render(provisioning, permalink));
	}

	static RenderedKea parse(String rendered) {
		JsonNode dhcp4 = JsonText.parse(rendered).required("Dhcp4");
		Map<Ipv4Network, List<ObjectNode>> subnets = new LinkedHashMap<>();
		for (JsonNode subnet : subnets(dhcp4)) {
			List<ObjectNode> data = objects(subnet.path("option-data"));
			data.removeIf((entry) -> NEW_SUBNET_ONLY.contains(entry.path("name").asString("")));
			subnets.merge(network(subnet).orElseThrow(), data, (a, b) -> {
				List<ObjectNode> both = new ArrayList<>(a);
				both.addAll(b);
				return both;
			});
		}
		return new RenderedKea(objects(dhcp4.path("option-def")), objects(dhcp4.path("option-data")),
				objects(dhcp4.path("client-classes")), subnets);
	}

	/** Every subnet4, also those inside shared-networks. */
	static List<JsonNode> subnets(JsonNode dhcp4) {
		List<JsonNode> subnets = new ArrayList<>();
		dhcp4.path("subnet4").forEach(subnets::add);
		dhcp4.path("shared-networks").forEach((network) -> network.path("subnet4").forEach(subnets::add));
		return subnets;
	}

	/** A subnet4's prefix, if it is one we can read. */
	static Optional<Ipv4Network> network(JsonNode subnet) {
		try {
			return Optional.of(Ipv4Network.parse(subnet.path("subnet").asString("")));
		}
		catch (InvalidValueException ex) {
			return Optional.empty();
		}
	}

	private static List<ObjectNode> objects(JsonNode array) {
		List<ObjectNode> objects = new ArrayList<>();
		array.forEach((element) -> objects.add((ObjectNode) element.deepCopy()));
		return objects;
	}

}
