package dev.ucdhcp.probe.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.doctor.PasteFormat;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * ISC dhcpd, Kea and dnsmasq started with a config doctor corpus paste (already moved
 * onto the test link's addresses by {@link PasteOnTheLink}). What is added is only what a
 * running daemon needs and a paste does not say: the interface to serve, where leases,
 * pid and log go, and (only when the paste declares no network on the link) the link's
 * subnet with a pool. Nothing that decides options 43 or 120 is touched.
 */
enum PasteServer {

	/** ISC dhcpd: the paste as it is, plus the link's subnet if the paste has none. */
	ISC(PasteFormat.ISC, "/usr/sbin/dhcpd", "isc-dhcp-server", "Server starting service.") {
		@Override
		List<String> prepare(String paste, Path dir, String device) throws IOException {
			String config = paste;
			if (!paste.contains("subnet " + PasteOnTheLink.LINK_NETWORK + " ")) {
				config += "\n# added by the doctor wire test: the link's subnet and a pool\nsubnet "
						+ PasteOnTheLink.LINK_NETWORK + " netmask 255.255.255.0 { range 192.0.2.100 192.0.2.200; }\n";
			}
			Path conf = Files.writeString(dir.resolve("dhcpd.conf"), config);
			Path leases = Files.writeString(dir.resolve("dhcpd.leases"), "");
			return List.of(executable(), "-4", "-f", "-d", "-cf", conf.toString(), "-lf", leases.toString(), "-pf",
					dir.resolve("dhcpd.pid").toString(), device);
		}
	},

	/**
	 * Kea: the interface list is set to the link's device (other interfaces-config keys,
	 * such as dhcp-socket-type, stay), leases in memory, log on stdout.
	 */
	KEA(PasteFormat.KEA, "/usr/sbin/kea-dhcp4", "kea-dhcp4-server", "DHCP4_STARTED") {
		@Override
		List<String> prepare(String paste, Path dir, String device) throws IOException {
			JsonMapper mapper = JsonMapper.builder()
				.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
				.enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
				.build();
			ObjectNode dhcp4 = (ObjectNode) mapper.readTree(paste).required("Dhcp4");
			JsonNode existing = dhcp4.get("interfaces-config");
			ObjectNode interfacesConfig = existing instanceof ObjectNode object ? object
					: dhcp4.putObject("interfaces-config");
			interfacesConfig.putArray("interfaces").add(device);
			ObjectNode leases = dhcp4.putObject("lease-database");
			leases.put("type", "memfile").put("persist", false).put("name", dir.resolve("leases.csv").toString());
			ObjectNode logger = dhcp4.putArray("loggers").addObject();
			logger.put("name", "kea-dhcp4").put("severity", "INFO");
			logger.putArray("output_options").addObject().put("output", "stdout");
			JsonNode subnets = dhcp4.get("subnet4");
			if (subnets == null || subnets.isEmpty()) {
				ObjectNode subnet = dhcp4.putArray("subnet4").addObject();
				subnet.put("id", 1).put("subnet", PasteOnTheLink.LINK_NETWORK + "/24");
				subnet.putArray("pools").addObject().put("pool", "192.0.2.100 - 192.0.2.200");
			}
			Path conf = Files.writeString(dir.resolve("kea-dhcp4.json"), mapper.writerWithDefaultPrettyPrinter()
				.writeValueAsString(mapper.createObjectNode().set("Dhcp4", dhcp4)));
			return List.of("env", "KEA_PIDFILE_DIR=" + dir, "KEA_LOCKFILE_DIR=" + dir, executable(), "-c",
					conf.toString());
		}
	},

	/** dnsmasq: the paste as its only configuration file, bound to the link's device. */
	DNSMASQ(PasteFormat.DNSMASQ, "/usr/sbin/dnsmasq", "dnsmasq", "DHCP, IP range") {
		@Override
		List<String> prepare(String paste, Path dir, String device) throws IOException {
			Path conf = Files.writeString(dir.resolve("dnsmasq.conf"), paste);
			List<String> command = new ArrayList<>(List.of(executable(), "--no-daemon", "--port=0",
					"--conf-file=" + conf, "--bind-interfaces", "--log-facility=-", "--log-dhcp",
					"--pid-file=" + dir.resolve("dnsmasq.pid"), "--dhcp-leasefile=" + dir.resolve("dnsmasq.leases"),
					"--user=root", "--group=root", "--interface=" + device));
			if (!paste.contains("dhcp-range=")) {
				command.add("--dhcp-range=192.0.2.100,192.0.2.200,255.255.255.0,1h");
			}
			return command;
		}
	};

	private final PasteFormat format;

	private final String executable;

	private final String aptPackage;

	private final String readyMarker;

	PasteServer(PasteFormat format, String executable, String aptPackage, String readyMarker) {
		this.format = format;
		this.executable = executable;
		this.aptPackage = aptPackage;
		this.readyMarker = readyMarker;
	}

	static Optional<PasteServer> of(PasteFormat format) {
		for (PasteServer server : values()) {
			if (server.format == format) {
				return Optional.of(server);
			}
		}
		return Optional.empty();
	}

	abstract List<String> prepare(String paste, Path dir, String device) throws IOException;

	String executable() {
		return this.executable;
	}

	String aptPackage() {
		return this.aptPackage;
	}

	/** The version line the report names (dhcpd --version, kea-dhcp4 -V, dnsmasq -v). */
	String version() {
		String flag = switch (this) {
			case ISC -> "--version";
			case KEA -> "-V";
			case DNSMASQ -> "-v";
		};
		String output = Commands.run(WireServer.READY_LIMIT, List.of(this.executable, flag)).output().strip();
		return output.isEmpty() ? "(no version output)" : output.lines().findFirst().orElseThrow();
	}

	RunningDaemon start(NetnsLink link, String paste, Path dir) {
		try {
			List<String> command = prepare(paste, dir, link.serverInterface());
			RunningDaemon daemon = RunningDaemon.start(name(), link.serverNamespace(), command,
					dir.resolve(name() + ".log"));
			try {
				return daemon.awaitLog(this.readyMarker, WireServer.READY_LIMIT);
			}
			catch (RuntimeException ex) {
				daemon.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
