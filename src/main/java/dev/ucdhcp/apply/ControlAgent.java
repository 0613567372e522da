package dev.ucdhcp.apply;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kea Control Agent's REST API for the DHCPv4 server. The agent forwards a command to
 * kea-dhcp4 only when it names {@code "service": ["dhcp4"]}, and then answers with a list
 * of one result per service. Redirects are not followed, so credentials go only to the
 * URL the administrator typed.
 */
final class ControlAgent {

	/** A Kea configuration with thousands of subnets and reservations still fits. */
	static final int MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

	private final URI uri;

	private final Optional<Credentials> credentials;

	private final Duration timeout;

	private final int maxResponseBytes;

	private final HttpClient http;

	/** Basic auth as Kea's {@code authentication.clients} lists it. */
	record Credentials(String user, String password) {

		@Override
		public String toString() {
			return "Credentials[user=" + this.user + ", password=(hidden)]";
		}

	}

	/** One service's answer: Kea's result code 0 is success, 3 "empty". */
	record Answer(int result, String text, Optional<JsonNode> arguments) {

		boolean success() {
			return this.result == 0;
		}

	}

	/** The agent could not be asked, or did not answer like a Kea Control Agent. */
	static final class AgentException extends Exception {

		private static final long serialVersionUID = 1L;

		AgentException(String message) {
			super(message);
		}

		AgentException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	ControlAgent(URI uri, Optional<Credentials> credentials, Duration timeout) throws AgentException {
		this(uri, credentials, timeout, MAX_RESPONSE_BYTES, defaultTls());
	}

	ControlAgent(URI uri, Optional<Credentials> credentials, Duration timeout, int maxResponseBytes, SSLContext tls) {
		this.uri = uri;
		this.credentials = credentials;
		this.timeout = timeout;
		this.maxResponseBytes = maxResponseBytes;
		this.http = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.sslContext(tls)
			.build();
	}

	private static SSLContext defaultTls() throws AgentException {
		try {
			// the JDK's trust store (or javax.net.ssl.trustStore when given)
			return SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new AgentException("this Java has no TLS: " + ex.getMessage(), ex);
		}
	}

	/** Sends one command to kea-dhcp4 through the agent. */
	Answer dhcp4(String command, Optional<JsonNode> arguments) throws AgentException {
		ObjectNode body = JsonText.NODES.objectNode();
		body.put("command", command);
		body.putArray("service").add("dhcp4");
		arguments.ifPresent((value) -> body.set("arguments", value));
		HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JsonText.compact(body), StandardCharsets.UTF_8));
		this.credentials.ifPresent((credentials) -> request.header("Authorization", basic(credentials)));
		return answer(command, send(command, request.build()));
	}

	private static String basic(Credentials credentials) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * One exchange within {@code --timeout} as a whole: the client's own request timeout
	 * ends when the answer's headers arrive, and an agent that then never finishes its
	 * body would hold the run for ever.
	 */
	private String send(String command, HttpRequest request) throws AgentException {
		CompletableFuture<HttpResponse<byte[]>> exchange = this.http.sendAsync(request,
				(info) -> new BoundedBody(this.maxResponseBytes));
		try {
			HttpResponse<byte[]> response = exchange.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
			String body = new String(response.body(), StandardCharsets.UTF_8);
			status(command, response.statusCode(), body);
			return body;
		}
		catch (TimeoutException ex) {
			exchange.cancel(true);
			throw timedOut(command, ex);
		}
		catch (ExecutionException ex) {
			throw failed(command, ex.getCause());
		}
		catch (InterruptedException ex) {
			exchange.cancel(true);
			Thread.currentThread().interrupt();
			throw new AgentException(command + ": interrupted", ex);
		}
	}

	private AgentException timedOut(String command, Throwable cause) {
		// the same words whether the headers or the end of the body were late
		return new AgentException(command + ": no complete answer from " + this.uri + " within "
				+ this.timeout.toSeconds() + " s (--timeout)", cause);
	}

	private AgentException failed(String command, Throwable cause) {
		if (cause instanceof BoundedBody.TooLarge) {
			return new AgentException(cause.getMessage(), cause);
		}
		if (cause instanceof HttpTimeoutException) {
			return timedOut(command, cause);
		}
		if (cause instanceof SSLException) {
			return new AgentException(command + ": TLS to " + this.uri + " failed (" + cause.getMessage() + "): the"
					+ " agent's certificate must chain to the JDK's trust store, or to -Djavax.net.ssl.trustStore",
					cause);
		}
		// after the request went out, "cannot reach" would wrongly say nothing arrived
		String what = (cause instanceof ConnectException) ? "cannot reach the Kea Control Agent at "
				: "the connection broke before the whole answer came from the Kea Control Agent at ";
		return new AgentException(command + ": " + what + this.uri + " (" + cause.getClass().getSimpleName()
				+ ((cause.getMessage() == null) ? "" : ": " + cause.getMessage()) + ")", cause);
	}

	private void status(String command, int status, String body) throws AgentException {
		if (status == 401 || status == 403) {
			throw new AgentException(command + ": the Control Agent refused the request (HTTP " + status + "): "
					+ (this.credentials.isPresent()
							? "check --user and --password-file against its" + " authentication clients"
							: "it asks for a user: give --user and --password-file"));
		}
		if (status != 200) {
			throw new AgentException(command + ": HTTP " + status + " from " + this.uri + ": " + shorten(body));
		}
	}

	private Answer answer(String command, String body) throws AgentException {
		JsonNode json;
		try {
			json = JsonText.parse(body);
		}
		catch (IllegalArgumentException ex) {
			throw new AgentException(command + ": the answer is not JSON: " + shorten(body), ex);
		}
		// with "service" the agent answers with one result per service; without, one
		// object
		JsonNode result = json.isArray() ? json.path(0) : json;
		if (!result.path("result").isInt()) {
			throw new AgentException(command + ": not a Kea answer: " + shorten(body));
		}
		return new Answer(result.path("result").intValue(), result.path("text").asString(""),
				result.optional("arguments"));
	}

	private static String shorten(String body) {
		String line = body.strip().replaceAll("\\s+", " ");
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

}
