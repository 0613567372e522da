package dev.ucdhcp.support.wire;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.ucdhcp.probe.ProbeCommand;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.Lookup;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe command run as a child JVM inside the client namespace (a JVM cannot change
 * its own network namespace), its {@code --hex} lines read back: one per option received,
 * {@code wire <sent> <received> <server> <code> <HEX>}.
 */
public final class ProbeRun {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration LIMIT = Duration.ofSeconds(40);

	private ProbeRun() {
	}

	/** What came back for one message sent: the first reply and its options in hex. */
	public record Reply(String received, String server, Map<Integer, String> options) {

		public Optional<String> option(int code) {
			return Optional.ofNullable(this.options.get(code));
		}

	}

	public record Outcome(int exitCode, String output, Map<String, Reply> replies) {

		public Optional<Reply> reply(String sent) {
			return Optional.ofNullable(this.replies.get(sent));
		}

		/** The probe's {@code --json} document; its exit code must be the process's. */
		public JsonNode json() {
			String document = Stream.of(this.output.split("\n"))
				.filter((line) -> line.startsWith("{"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no JSON document in:\n" + this.output));
			JsonNode json = JSON.readTree(document);
			assertThat(json.get("exitCode").asInt()).as(this.output).isEqualTo(this.exitCode);
			return json;
		}

	}

	public static Outcome inside(NetnsLink link, String... args) {
		List<String> withServer = new ArrayList<>(List.of("--server", NetnsLink.SERVER_ADDRESS));
		withServer.addAll(List.of(args));
		return inside(link.clientNamespace(), link.clientInterface(), withServer);
	}

	/**
	 * Without {@code --server} in the arguments, the probe broadcasts its INFORM. A
	 * {@code --timeout} in them replaces the default 6 s (the command line refuses a flag
	 * given twice).
	 */
	public static Outcome inside(String namespace, String device, List<String> args) {
		List<String> command = new ArrayList<>(List.of(java(), "-cp", classesOfTheProbe(), ProbeCommand.class.getName(),
				"--interface", device, "--hex"));
		if (!args.contains("--timeout")) {
			command.addAll(List.of("--timeout", "6"));
		}
		command.addAll(args);
		Commands.Result result = Commands.run(LIMIT, NetnsLink.inside(namespace, command));
		return new Outcome(result.exitCode(), result.output(), parse(result.output()));
	}

	/** The probe in {@code namespace}, asking {@code server} from {@code device}. */
	public static Outcome inside(String namespace, String device, String server, String... args) {
		List<String> withServer = new ArrayList<>(List.of("--server", server));
		withServer.addAll(List.of(args));
		return inside(namespace, device, withServer);
	}

	public static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	public static Map<String, Reply> parse(String output) {
		Map<String, Reply> replies = new LinkedHashMap<>();
		for (String line : output.split("\n")) {
			String[] fields = line.strip().split(" ");
			if (fields.length != 6 || !"wire".equals(fields[0])) {
				continue;
			}
			Reply reply = replies.computeIfAbsent(fields[1],
					(sent) -> new Reply(fields[2], fields[3], new LinkedHashMap<>()));
			if (reply.received().equals(fields[2]) && reply.server().equals(fields[3])) {
				reply.options().put(Integer.parseInt(fields[4]), fields[5]);
			}
		}
		return replies;
	}

	/**
	 * The probe (and the responder) need only their own classes, the encoding core
	 * (target/classes), picocli (their command line), and for {@code --follow --dns}
	 * dnsjava and its logging API: the jars copied beside target/classes, as a run as
	 * another user (setpriv) cannot read root's Maven repository.
	 */
	public static String classesOfTheProbe() {
		try {
			Path classes = location(ProbeCommand.class);
			List<String> path = new ArrayList<>(List.of(classes.toString()));
			for (Class<?> type : List.of(CommandLine.class, Lookup.class, LoggerFactory.class)) {
				Path jar = location(type);
				Path copy = classes.resolveSibling("wire-lib").resolve(jar.getFileName());
				if (!Files.isRegularFile(copy) || Files.size(copy) != Files.size(jar)) {
					Files.createDirectories(copy.getParent());
					Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
				}
				path.add(copy.toString());
			}
			return String.join(File.pathSeparator, path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The class path of a child JVM that runs one of the senders in this package
	 * ({@link NoiseSender}, {@link InformSender}): the test classes, for the sender, and
	 * the probe's classes, for the DHCP model it builds its datagrams with.
	 */
	public static String withTheSenders() {
		return location(ProbeRun.class) + File.pathSeparator + classesOfTheProbe();
	}

}
