package dev.ucdhcp.apply;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The commands apply sends to kea-dhcp4, each printed as it is answered. */
final class AgentSteps {

	/**
	 * The running configuration as one config-get returned it, with the hash Kea 2.4 and
	 * later send beside it (the one {@code config-hash-get} answers).
	 */
	record Running(ObjectNode dhcp4, Optional<String> hash) {
	}

	private final ControlAgent agent;

	private final PrintStream out;

	AgentSteps(ControlAgent agent, PrintStream out) {
		this.agent = agent;
		this.out = out;
	}

	Running configGet() throws ControlAgent.AgentException {
		ControlAgent.Answer answer = this.agent.dhcp4("config-get", Optional.empty());
		JsonNode dhcp4 = answer.arguments().map((arguments) -> arguments.path("Dhcp4")).orElse(null);
		if (!answer.success() || dhcp4 == null || !dhcp4.isObject()) {
			throw new ControlAgent.AgentException("config-get: no Dhcp4 configuration in the answer (result "
					+ answer.result() + ": " + answer.text() + "): is \"dhcp4\" in the agent's control-sockets,"
					+ " and kea-dhcp4 running with that control-socket?");
		}
		return new Running((ObjectNode) dhcp4, hash(answer));
	}

	/** The commands kea-dhcp4 knows; empty when it cannot tell. */
	Set<String> commands() throws ControlAgent.AgentException {
		ControlAgent.Answer answer = this.agent.dhcp4("list-commands", Optional.empty());
		Set<String> commands = new HashSet<>();
		if (answer.success()) {
			answer.arguments().ifPresent((list) -> list.forEach((command) -> commands.add(command.asString(""))));
		}
		return commands;
	}

	Optional<String> configHash() throws ControlAgent.AgentException {
		return hash(this.agent.dhcp4("config-hash-get", Optional.empty()));
	}

	private static Optional<String> hash(ControlAgent.Answer answer) {
		return answer.arguments()
			.map((arguments) -> arguments.path("hash"))
			.filter(JsonNode::isString)
			.map((hash) -> hash.asString());
	}

	/**
	 * Sends {@code command} with the configuration (or none), prints Kea's answer, and
	 * tells whether Kea took it.
	 */
	boolean step(String command, ObjectNode dhcp4) throws ControlAgent.AgentException {
		ObjectNode config = (dhcp4 == null) ? null : JsonText.NODES.objectNode().set("Dhcp4", dhcp4);
		ControlAgent.Answer answer = this.agent.dhcp4(command, Optional.ofNullable(config));
		String where = answer.arguments().map((arguments) -> arguments.path("filename").asString("")).orElse("");
		this.out.println(command + ": " + (answer.success() ? "ok" : "FAILED (result " + answer.result() + ")") + ": "
				+ answer.text() + (where.isEmpty() ? "" : " [" + where + "]"));
		return answer.success();
	}

}
