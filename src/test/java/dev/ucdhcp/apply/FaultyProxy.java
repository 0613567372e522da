package dev.ucdhcp.apply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP/1.1 hop on 127.0.0.1 in front of a real Kea Control Agent that breaks one
 * exchange on purpose: it can run an action before it forwards a command (an admin's
 * change through the agent), cut the connection after the agent answered a command (the
 * server did it, apply never hears), or send an answer's headers and half its body and
 * then hold the connection. Each fault fires once, on the first request for its command.
 */
final class FaultyProxy implements AutoCloseable {

	/** What to do with the first request for a command. */
	enum Fault {

		/** Forward it, then close the connection without the answer. */
		CUT_AFTER,

		/** Forward it, then send the headers and half the body, and nothing more. */
		STALL_BODY

	}

	private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

	private static final Pattern COMMAND = Pattern.compile("\"command\"\\s*:\\s*\"([a-z0-9-]+)\"");

	private static final int MAX_HEAD = 64 * 1024;

	private final ServerSocket server;

	private final int agentPort;

	private final Map<String, Fault> faults = new ConcurrentHashMap<>();

	private final Map<String, Runnable> before = new ConcurrentHashMap<>();

	private final List<String> commands = new ArrayList<>();

	private final CountDownLatch closed = new CountDownLatch(1);

	private final Thread acceptor;

	FaultyProxy(int agentPort) {
		this.agentPort = agentPort;
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.acceptor = new Thread(this::accept, "faulty-proxy");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	static FaultyProxy before(KeaUnderTest kea) {
		return new FaultyProxy(Integer.parseInt(kea.agentUrl().replaceAll(".*:(\\d+)/$", "$1")));
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getLocalPort() + "/";
	}

	FaultyProxy fault(String command, Fault fault) {
		this.faults.put(command, fault);
		return this;
	}

	/** Runs {@code action} before the first {@code command} is forwarded. */
	FaultyProxy beforeForwarding(String command, Runnable action) {
		this.before.put(command, action);
		return this;
	}

	synchronized List<String> commands() {
		return List.copyOf(this.commands);
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Thread connection = new Thread(() -> serve(client), "faulty-proxy-connection");
				connection.setDaemon(true);
				connection.start();
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	/** One client connection, possibly several requests (HTTP/1.1 keep-alive). */
	private void serve(Socket client) {
		try (client) {
			client.setSoTimeout(60_000);
			while (true) {
				Optional<byte[]> request = message(client.getInputStream());
				if (request.isEmpty()) {
					return;
				}
				String command = command(request.get());
				synchronized (this) {
					this.commands.add(command);
				}
				Optional.ofNullable(this.before.remove(command)).ifPresent(Runnable::run);
				byte[] answer = forward(request.get());
				Fault fault = this.faults.remove(command);
				if (fault == Fault.CUT_AFTER) {
					return;
				}
				OutputStream out = client.getOutputStream();
				if (fault == Fault.STALL_BODY) {
					out.write(answer, 0, answer.length - (answer.length - headLength(answer)) / 2);
					out.flush();
					this.closed.await(120, TimeUnit.SECONDS);
					return;
				}
				out.write(answer);
				out.flush();
			}
		}
		catch (IOException ex) {
			// the client or the test closed the connection
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One request to the agent on a connection of its own, and its answer. */
	private byte[] forward(byte[] request) throws IOException {
		try (Socket agent = new Socket(InetAddress.getLoopbackAddress(), this.agentPort)) {
			agent.setSoTimeout(30_000);
			agent.getOutputStream().write(request);
			agent.getOutputStream().flush();
			return message(agent.getInputStream())
				.orElseThrow(() -> new IOException("the agent closed the connection"));
		}
	}

	/**
	 * One HTTP message (head and Content-Length body); empty at a clean end of stream.
	 */
	private static Optional<byte[]> message(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				if (bytes.size() == 0) {
					return Optional.empty();
				}
				throw new IOException("end of stream inside a message head");
			}
			bytes.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
			if (bytes.size() > MAX_HEAD) {
				throw new IOException("message head over " + MAX_HEAD + " bytes");
			}
		}
		Matcher length = CONTENT_LENGTH.matcher(bytes.toString(StandardCharsets.ISO_8859_1));
		int body = length.find() ? Integer.parseInt(length.group(1)) : 0;
		bytes.write(in.readNBytes(body));
		return Optional.of(bytes.toByteArray());
	}

	private static int headLength(byte[] message) {
		String text = new String(message, StandardCharsets.ISO_8859_1);
		return text.indexOf("\r\n\r\n") + 4;
	}

	private static String command(byte[] request) {
		Matcher command = COMMAND.matcher(new String(request, StandardCharsets.UTF_8));
		return command.find() ? command.group(1).toLowerCase(Locale.ROOT) : "(none)";
	}

	@Override
	public void close() {
		this.closed.countDown();
		try {
			this.server.close();
			this.acceptor.join(5000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
