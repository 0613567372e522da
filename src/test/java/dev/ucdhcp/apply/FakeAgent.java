package dev.ucdhcp.apply;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Control Agent on 127.0.0.1 (random port) that keeps one Dhcp4 configuration and
 * answers like Kea 2.2's agent: only with {@code "service": ["dhcp4"]}, and with a list.
 * The real agent and server are used in {@code KeaApplyIT}.
 */
final class FakeAgent implements AutoCloseable {

	private final HttpServer server;

	private final List<String> commands = new ArrayList<>();

	private final List<String> authorizations = new ArrayList<>();

	private JsonNode dhcp4;

	private Optional<String> requiredAuthorization = Optional.empty();

	private int configTestResult;

	private Function<String, String> rawAnswer;

	private boolean configHash;

	private final Map<String, Consumer<FakeAgent>> before = new HashMap<>();

	private final Set<String> dropAnswer = new HashSet<>();

	FakeAgent(JsonNode dhcp4) throws IOException {
		this.dhcp4 = dhcp4;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	FakeAgent requireUser(String user, String password) {
		this.requiredAuthorization = Optional.of("Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		return this;
	}

	FakeAgent failConfigTest() {
		this.configTestResult = 1;
		return this;
	}

	/**
	 * Answers like Kea 2.4 and later: config-get carries a hash, config-hash-get exists.
	 */
	FakeAgent withConfigHash() {
		this.configHash = true;
		return this;
	}

	/** Runs {@code action} once, just before the first {@code command} is answered. */
	FakeAgent before(String command, Consumer<FakeAgent> action) {
		this.before.put(command, action);
		return this;
	}

	/**
	 * Carries out the first {@code command} but closes the connection instead of
	 * answering, as a network cut right after the request would.
	 */
	FakeAgent dropAnswerTo(String command) {
		this.dropAnswer.add(command);
		return this;
	}

	/** Replaces the configuration as another admin would (no command recorded). */
	synchronized void replace(JsonNode dhcp4) {
		this.dhcp4 = dhcp4;
	}

	/** Answers every request with this body instead (for malformed or huge answers). */
	FakeAgent answerRaw(Function<String, String> body) {
		this.rawAnswer = body;
		return this;
	}

	synchronized List<String> commands() {
		return List.copyOf(this.commands);
	}

	synchronized List<String> authorizations() {
		return List.copyOf(this.authorizations);
	}

	synchronized JsonNode dhcp4() {
		return this.dhcp4;
	}

	private synchronized void handle(HttpExchange exchange) throws IOException {
		String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		this.authorizations.add(String.valueOf(authorization));
		if (this.requiredAuthorization.isPresent() && !this.requiredAuthorization.get().equals(authorization)) {
			send(exchange, 401, "{ \"result\": 401, \"text\": \"Unauthorized\" }");
			return;
		}
		if (this.rawAnswer != null) {
			send(exchange, 200, this.rawAnswer.apply(request));
			return;
		}
		JsonNode body = JsonText.parse(request);
		String command = body.path("command").asString("");
		Consumer<FakeAgent> action = this.before.remove(command);
		if (action != null) {
			action.accept(this);
		}
		this.commands.add(command);
		if (!"dhcp4".equals(body.path("service").path(0).asString(""))) {
			send(exchange, 200, "{ \"result\": 1, \"text\": \"'" + command + "' command not supported.\" }");
			return;
		}
		String answer = "[ " + JsonText.compact(answer(command, body.path("arguments"))) + " ]";
		if (this.dropAnswer.remove(command)) {
			exchange.close();
			return;
		}
		send(exchange, 200, answer);
	}

	private ObjectNode answer(String command, JsonNode arguments) {
		ObjectNode answer = JsonText.NODES.objectNode();
		switch (command) {
			case "config-get" -> {
				answer.put("result", 0);
				ObjectNode config = answer.putObject("arguments");
				config.set("Dhcp4", this.dhcp4.deepCopy());
				if (this.configHash) {
					config.put("hash", hash());
				}
			}
			case "list-commands" -> {
				answer.put("result", 0);
				ArrayNode list = answer.putArray("arguments");
				List.of("build-report", "config-get", "config-reload", "config-set", "config-test", "config-write",
						"list-commands", "shutdown", "version-get")
					.forEach(list::add);
				if (this.configHash) {
					list.add("config-hash-get");
				}
			}
			case "config-hash-get" -> {
				if (this.configHash) {
					answer.put("result", 0).putObject("arguments").put("hash", hash());
				}
				else {
					answer.put("result", 2).put("text", "'config-hash-get' command not supported.");
				}
			}
			case "config-test" -> answer.put("result", this.configTestResult)
				.put("text", (this.configTestResult == 0) ? "Configuration seems sane." : "option 120 is bad");
			case "config-set" -> {
				this.dhcp4 = arguments.path("Dhcp4").deepCopy();
				answer.put("result", 0).put("text", "Configuration successful.");
			}
			case "config-write" -> {
				answer.put("result", 0).put("text", "Configuration written to /etc/kea/kea-dhcp4.conf successful");
				answer.putObject("arguments").put("filename", "/etc/kea/kea-dhcp4.conf");
			}
			default -> answer.put("result", 2).put("text", "'" + command + "' command not supported.");
		}
		return answer;
	}

	/**
	 * Kea's hash is a SHA-256 of its own rendering; any digest of the content will do
	 * here.
	 */
	private String hash() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(JsonText.compact(this.dhcp4).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
