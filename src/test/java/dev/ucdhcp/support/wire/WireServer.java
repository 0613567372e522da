package dev.ucdhcp.support.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.ucdhcp.encoding.PhoneProvisioning;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three DHCP daemons Debian ships, each started in the foreground inside the server
 * namespace with the configuration our renderer produced. The only lines added here are
 * the ones a real deployment has anyway and a generated file must not guess: the
 * interface to listen on, the 192.0.2.0/24 subnet with a pool (when the inputs have no
 * scope), and where the daemon keeps its leases, pid and log.
 */
public enum WireServer {

	/** ISC dhcpd 4.4: adds nothing to option 43. */
	ISC("isc", "/usr/sbin/dhcpd", "isc-dhcp-server", "", "Server starting service.", true) {
		@Override
		List<String> prepare(String rendered, PhoneProvisioning provisioning, Path dir, List<String> devices)
				throws IOException {
			String config = rendered;
			if (serverLevel(provisioning)) {
				config += "\n# added by the wire test: the link's subnet and a pool for DHCPDISCOVER\n"
						+ "subnet 192.0.2.0 netmask 255.255.255.0 { range 192.0.2.100 192.0.2.200; }\n";
			}
			Path conf = Files.writeString(dir.resolve("dhcpd.conf"), config);
			Path leases = Files.writeString(dir.resolve("dhcpd.leases"), "");
			List<String> command = new ArrayList<>(List.of(executable(), "-4", "-f", "-d", "-cf", conf.toString(),
					"-lf", leases.toString(), "-pf", dir.resolve("dhcpd.pid").toString()));
			command.addAll(devices);
			return command;
		}
	},

	/** Kea 2.2 DHCPv4: adds nothing to option 43. */
	KEA("kea", "/usr/sbin/kea-dhcp4", "kea-dhcp4-server", "", "DHCP4_STARTED", true) {
		@Override
		List<String> prepare(String rendered, PhoneProvisioning provisioning, Path dir, List<String> devices)
				throws IOException {
			// Kea reads comments in JSON; so must we to add the lines a test needs.
			JsonMapper mapper = JsonMapper.builder()
				.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
				.enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
				.build();
			ObjectNode dhcp4 = (ObjectNode) mapper.readTree(rendered).required("Dhcp4");
			ArrayNode interfaces = dhcp4.putObject("interfaces-config").putArray("interfaces");
			devices.forEach(interfaces::add);
			ObjectNode leases = dhcp4.putObject("lease-database");
			leases.put("type", "memfile").put("persist", false).put("name", dir.resolve("leases.csv").toString());
			ObjectNode logger = dhcp4.putArray("loggers").addObject();
			logger.put("name", "kea-dhcp4").put("severity", "INFO");
			logger.putArray("output_options").addObject().put("output", "stdout");
			addSubnet(dhcp4);
			Path conf = Files.writeString(dir.resolve("kea-dhcp4.json"), mapper.writerWithDefaultPrettyPrinter()
				.writeValueAsString(mapper.createObjectNode().set("Dhcp4", dhcp4)));
			return List.of("env", "KEA_PIDFILE_DIR=" + dir, "KEA_LOCKFILE_DIR=" + dir, executable(), "-c",
					conf.toString());
		}

		private void addSubnet(ObjectNode dhcp4) {
			JsonNode subnets = dhcp4.get("subnet4");
			if (subnets == null || subnets.isEmpty()) {
				ObjectNode subnet = dhcp4.putArray("subnet4").addObject();
				subnet.put("id", 1).put("subnet", "192.0.2.0/24");
				subnet.putArray("pools").addObject().put("pool", "192.0.2.100 - 192.0.2.200");
				return;
			}
			for (JsonNode subnet : subnets) {
				if (!subnet.has("pools")) {
					((ObjectNode) subnet).putArray("pools").addObject().put("pool", "192.0.2.100 - 192.0.2.200");
				}
			}
		}
	},

	/**
	 * dnsmasq 2.90: the tagged raw option 43 goes out as configured. (Only the
	 * {@code vendor:} encapsulation form appends an {@code FF} end marker, and reverses
	 * the sub-options; the renderer does not use it.)
	 */
	DNSMASQ("dnsmasq", "/usr/sbin/dnsmasq", "dnsmasq", "", "DHCP, IP range", false) {
		@Override
		List<String> prepare(String rendered, PhoneProvisioning provisioning, Path dir, List<String> devices)
				throws IOException {
			Path conf = Files.writeString(dir.resolve("dnsmasq.conf"), rendered);
			List<String> command = new ArrayList<>(
					List.of(executable(), "--no-daemon", "--port=0", "--conf-file=" + conf, "--bind-interfaces",
							"--log-facility=-", "--log-dhcp", "--pid-file=" + dir.resolve("dnsmasq.pid"),
							"--dhcp-leasefile=" + dir.resolve("dnsmasq.leases"), "--user=root", "--group=root"));
			devices.forEach((device) -> command.add("--interface=" + device));
			if (serverLevel(provisioning)) {
				command.add("--dhcp-range=192.0.2.100,192.0.2.200,255.255.255.0,1h");
			}
			return command;
		}
	};

	public static final Duration READY_LIMIT = Duration.ofSeconds(20);

	private final String targetId;

	private final String executable;

	private final String aptPackage;

	private final String option43Trailer;

	private final String readyMarker;

	private final boolean exactVendorClass;

	WireServer(String targetId, String executable, String aptPackage, String option43Trailer, String readyMarker,
			boolean exactVendorClass) {
		this.targetId = targetId;
		this.executable = executable;
		this.aptPackage = aptPackage;
		this.option43Trailer = option43Trailer;
		this.readyMarker = readyMarker;
		this.exactVendorClass = exactVendorClass;
	}

	/**
	 * ISC and Kea compare option 60 exactly; dnsmasq's {@code dhcp-vendorclass} matches a
	 * substring, so {@code MS-UC-Client-Beta} gets the phones' option 43 there too.
	 */
	public boolean matchesVendorClassExactly() {
		return this.exactVendorClass;
	}

	/**
	 * Writes the daemon's files into {@code dir} and returns its foreground command line.
	 */
	abstract List<String> prepare(String rendered, PhoneProvisioning provisioning, Path dir, List<String> devices)
			throws IOException;

	/**
	 * Inputs without a scope or sites: the file declares no network, the test adds the
	 * link's.
	 */
	public static boolean serverLevel(PhoneProvisioning provisioning) {
		return provisioning.scope().isEmpty() && provisioning.sites().isEmpty();
	}

	public String targetId() {
		return this.targetId;
	}

	public String executable() {
		return this.executable;
	}

	public String aptPackage() {
		return this.aptPackage;
	}

	/** Canonical hex the daemon appends to the configured option 43 on the wire. */
	public String option43Trailer() {
		return this.option43Trailer;
	}

	public RunningDaemon start(NetnsLink link, String rendered, PhoneProvisioning provisioning, Path dir) {
		return start(link.serverNamespace(), List.of(link.serverInterface()), rendered, provisioning, dir);
	}

	/** The daemon in {@code namespace}, serving every one of {@code devices}. */
	public RunningDaemon start(String namespace, List<String> devices, String rendered, PhoneProvisioning provisioning,
			Path dir) {
		try {
			List<String> command = prepare(rendered, provisioning, dir, devices);
			RunningDaemon daemon = RunningDaemon.start(name(), namespace, command, dir.resolve(name() + ".log"));
			try {
				return daemon.awaitLog(this.readyMarker, READY_LIMIT);
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
