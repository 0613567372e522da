package dev.ucdhcp.probe;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.PhoneProvisioning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe against a scripted DHCP server on the loopback interface (ports other than 67
 * and 68, so no root needed). The real servers are asked in {@code ProbeOnTheWireIT}.
 */
class ProbeCommandTest {

	private static final PhoneProvisioning SCHERTZ = PhoneProvisioning.of(Fqdn.parse("lync.schertz.local"));

	private static final String OPTION_43 = "010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663";

	private static final String OPTION_120 = "00046C796E63077363686572747A056C6F63616C00";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private ScriptedServer server;

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void reportsRegistrarAndProvisioningUrlOfAnExactReply() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43, OPTION_120));

		int exit = probe("--inform");

		assertThat(exit).isEqualTo(ProbeCommand.OK);
		assertThat(output()).contains("DHCPACK from 127.0.0.1")
			.contains("registrar: lync.schertz.local")
			.contains("provisioning URL: https://lync.schertz.local:443/CertProv/CertProvisioningService.svc")
			.contains("OK: a phone gets its registrar");
		assertThat(SCHERTZ.option43().bytes()).isEqualTo(HexFormat.of().parseHex(OPTION_43));
	}

	@Test
	void sendsWhatAPhoneSendsInItsInform() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43, OPTION_120));

		probe("--inform");

		DhcpMessage request = this.server.requests().get(0);
		assertThat(request.messageType()).contains(DhcpMessage.MessageType.DHCPINFORM);
		assertThat(request.ciaddr()).containsExactly(127, 0, 0, 1);
		assertThat(request.flags()).isZero();
		assertThat(new String(request.option(60).orElseThrow(), StandardCharsets.US_ASCII)).isEqualTo("MS-UC-Client");
		assertThat(request.option(55))
			.hasValueSatisfying((v) -> assertThat(v).containsExactly(1, 3, 6, 15, 42, 43, 120));
	}

	@Test
	void printsEveryReceivedOptionAsAWireLineWithHex() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43, OPTION_120));

		probe("--inform", "--hex");

		assertThat(output()).contains("wire DHCPINFORM DHCPACK 127.0.0.1 43 " + OPTION_43 + "\n")
			.contains("wire DHCPINFORM DHCPACK 127.0.0.1 120 " + OPTION_120 + "\n")
			.contains("wire DHCPINFORM DHCPACK 127.0.0.1 53 05\n");
	}

	@Test
	void announcesALargerMessageSizeWhenAsked() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43, OPTION_120));

		probe("--inform", "--max-message-size", "1500");

		assertThat(this.server.requests().get(0).option(57))
			.hasValueSatisfying((v) -> assertThat(v).containsExactly(0x05, 0xDC));
	}

	@Test
	void failsWhenOption43IsMissing() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, null, OPTION_120));

		int exit = probe("--inform");

		assertThat(exit).isEqualTo(ProbeCommand.OPTIONS_WRONG);
		assertThat(output()).contains("PROBLEM: no option 43");
	}

	@Test
	void failsWhenOption43ArrivesEmptyTheWayKeaSendsARawValueWithoutDefinition() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, "", OPTION_120));

		int exit = probe("--inform", "--hex");

		assertThat(exit).isEqualTo(ProbeCommand.OPTIONS_WRONG);
		assertThat(output()).contains("PROBLEM: option 43 arrived empty (0 bytes)")
			.contains("wire DHCPINFORM DHCPACK 127.0.0.1 43 -\n");
	}

	@Test
	void failsWhenOption120IsMissing() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43, null));

		int exit = probe("--inform");

		assertThat(exit).isEqualTo(ProbeCommand.OPTIONS_WRONG);
		assertThat(output()).contains("PROBLEM: no option 120");
	}

	@Test
	void failsWhenOption43IsTruncatedTheCiscoWay() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43.substring(0, 160), OPTION_120));

		int exit = probe("--inform");

		assertThat(exit).isEqualTo(ProbeCommand.OPTIONS_WRONG);
		assertThat(output()).contains("PROBLEM: option 43: Sub-option 5");
	}

	@Test
	void acceptsTheDnsmasqEndMarkerAndSaysWhatItIs() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43 + "FF", OPTION_120));

		int exit = probe("--inform");

		assertThat(exit).isEqualTo(ProbeCommand.OK);
		assertThat(output()).contains("option 43 (86 bytes)").contains("closing FF").contains("85 bytes (0x55)");
	}

	@Test
	void acceptsTheWindowsNapSubOption220AndSaysWhatItIs() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43 + "DC034E4150", OPTION_120));

		int exit = probe("--inform");

		assertThat(exit).isEqualTo(ProbeCommand.OK);
		assertThat(output()).contains("option 43 (90 bytes)").contains("Windows NAP");
	}

	@Test
	void failsWhenAnotherVendorClassGetsThePhonesOption43() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43, OPTION_120));

		int exit = probe("--inform", "--vendor-class", "MS-UC-Client-Beta");

		assertThat(exit).isEqualTo(ProbeCommand.OPTIONS_WRONG);
		assertThat(output()).contains("too broad");
	}

	@Test
	void sendsNoOption60WhenAskedForNone() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, null, OPTION_120));

		int exit = probe("--inform", "--no-vendor-class");

		assertThat(exit).isEqualTo(ProbeCommand.OK);
		assertThat(this.server.requests().get(0).option(60)).isEmpty();
		assertThat(output()).contains("option 43: none");
	}

	@Test
	void ignoresRepliesToOtherTransactionsAndFailsWhenNoneIsOurs() throws Exception {
		this.server = ScriptedServer.answering((request) -> {
			DhcpMessage reply = ack(request, OPTION_43, OPTION_120);
			return new DhcpMessage(reply.op(), reply.xid() + 1, 0, reply.ciaddr(), reply.yiaddr(), reply.chaddr(),
					reply.options());
		});

		long start = System.nanoTime();
		int exit = probe("--inform", "--timeout", "1");

		assertThat(exit).isEqualTo(ProbeCommand.OPTIONS_WRONG);
		assertThat(output()).contains("PROBLEM: no reply within 1 s");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(900L, 5000L);
	}

	@Test
	void refusesUnknownArgumentsWithUsage() {
		int exit = new ProbeCommand(new PhoneClient(0, 0, 0), print(this.out), print(this.err))
			.run(new String[] { "--fast" });

		assertThat(exit).isEqualTo(ProbeCommand.CANNOT_RUN);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown argument --fast").contains("usage:");
	}

	@Test
	void refusesAServerThatIsNotAnIpv4Address() {
		int exit = new ProbeCommand(new PhoneClient(0, 0, 0), print(this.out), print(this.err))
			.run(new String[] { "--server", "dhcp.example.com" });

		assertThat(exit).isEqualTo(ProbeCommand.CANNOT_RUN);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--server wants an IPv4 address");
	}

	@Test
	void refusesAnInterfaceThatDoesNotExist() {
		int exit = new ProbeCommand(new PhoneClient(0, 0, 0), print(this.out), print(this.err))
			.run(new String[] { "--interface", "nosuch0", "--inform" });

		assertThat(exit).isEqualTo(ProbeCommand.CANNOT_RUN);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no network interface named nosuch0");
	}

	@Test
	void comparesWithTheExpectedInputsAndPrintsOneJsonDocument() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43, OPTION_120));

		int exact = probe("--inform", "--json", "--expect", "https://u.example/?pool=lync.schertz.local");
		String document = this.out.toString(StandardCharsets.UTF_8).strip();

		assertThat(exact).isEqualTo(ProbeCommand.OK);
		assertThat(document).startsWith("{\"verdict\":\"ok\",\"exitCode\":0,\"servers\":[\"127.0.0.1\"]")
			.contains("\"verdicts\":[{\"option\":120,\"status\":\"exact\"")
			.contains("{\"option\":43,\"status\":\"exact\"")
			.doesNotContain("\n");
	}

	@Test
	void relaysWithGiaddrAndBothSelectionsFromTheServerPort() throws Exception {
		this.server = ScriptedServer.answering((request) -> ack(request, OPTION_43, OPTION_120));
		int relayPort;
		try (DatagramSocket free = new DatagramSocket(0)) {
			relayPort = free.getLocalPort();
		}
		ProbeCommand command = new ProbeCommand(new PhoneClient(0, this.server.port(), relayPort), print(this.out),
				print(this.err));

		int exit = command.run(new String[] { "--interface", "lo", "--server", "127.0.0.1", "--inform",
				"--link-selection", "198.51.100.0/24", "--pool", "lync.schertz.local" });

		assertThat(exit).as(output()).isEqualTo(ProbeCommand.OK);
		DhcpMessage request = this.server.requests().get(0);
		assertThat(request.giaddr()).containsExactly(127, 0, 0, 1);
		assertThat(request.ciaddr()).containsExactly(0, 0, 0, 0);
		assertThat(request.option(118).orElseThrow()).containsExactly(198, 51, 100, 1);
		assertThat(request.option(82).orElseThrow()).containsExactly(5, 4, 198, 51, 100, 1);
		assertThat(List.copyOf(request.options().keySet())).endsWith(82);
		assertThat(output()).contains(
				"relayed from 127.0.0.1 for 198.51.100.0/24 (option 118 and option 82" + " sub-option 5)",
				"expect option 120 exact");
	}

	@Test
	void saysSoWhenARelayedServerAnswersForAnotherSubnetInsteadOfJudgingItsOptions() throws Exception {
		// a server that ignores the selection offers an address of the relay's own subnet
		this.server = ScriptedServer.answering((request) -> {
			DhcpMessage ack = ack(request, OPTION_43, OPTION_120);
			return new DhcpMessage(DhcpMessage.BOOTREPLY, request.xid(), 0, new byte[4],
					new byte[] { (byte) 192, 0, 2, 100 }, request.giaddr(), request.chaddr(),
					Map.of(53, new byte[] { 2 }, 54, new byte[] { 127, 0, 0, 1 }, 43, ack.option(43).orElseThrow(), 120,
							HexFormat.of().parseHex("00066F7468657273056C6F63616C00")));
		});
		int relayPort;
		try (DatagramSocket free = new DatagramSocket(0)) {
			relayPort = free.getLocalPort();
		}
		ProbeCommand command = new ProbeCommand(new PhoneClient(0, this.server.port(), relayPort), print(this.out),
				print(this.err));

		int exit = command.run(new String[] { "--interface", "lo", "--server", "127.0.0.1", "--discover",
				"--link-selection", "198.51.100.0/24", "--pool", "lync.schertz.local" });

		assertThat(exit).isEqualTo(ProbeCommand.OPTIONS_WRONG);
		assertThat(output())
			.contains("NOT THIS SUBNET'S OPTIONS: the server ignored the selection of 198.51.100.0/24:"
					+ " it offered 192.0.2.100, an address of another subnet")
			.doesNotContain("expect option 120");
	}

	@Test
	void printsAJsonErrorForAUsageErrorWithJson() {
		int exit = new ProbeCommand(new PhoneClient(0, 0, 0), print(this.out), print(this.err))
			.run(new String[] { "--json", "--link-selection", "198.51.100.0/24" });

		assertThat(exit).isEqualTo(ProbeCommand.CANNOT_RUN);
		assertThat(this.out.toString(StandardCharsets.UTF_8).strip()).startsWith(
				"{\"verdict\":\"error\",\"exitCode\":2,\"error\":\"--link-selection and --sites relay to one server");
	}

	private int probe(String... extra) throws Exception {
		int clientPort;
		try (DatagramSocket free = new DatagramSocket(0)) {
			clientPort = free.getLocalPort();
		}
		List<String> args = new ArrayList<>(List.of("--interface", "lo", "--server", "127.0.0.1"));
		args.addAll(Arrays.asList(extra));
		ProbeCommand command = new ProbeCommand(new PhoneClient(clientPort, this.server.port(), 0), print(this.out),
				print(this.err));
		return command.run(args.toArray(String[]::new));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8) + this.err.toString(StandardCharsets.UTF_8);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	static DhcpMessage ack(DhcpMessage request, String option43, String option120) {
		Map<Integer, byte[]> options = new LinkedHashMap<>();
		options.put(53, new byte[] { 5 });
		options.put(54, new byte[] { 127, 0, 0, 1 });
		if (option43 != null) {
			options.put(43, HexFormat.of().parseHex(option43));
		}
		if (option120 != null) {
			options.put(120, HexFormat.of().parseHex(option120));
		}
		return new DhcpMessage(DhcpMessage.BOOTREPLY, request.xid(), 0, request.ciaddr(), new byte[4], request.chaddr(),
				options);
	}

	/** Answers every request on 127.0.0.1 with what the script says, until closed. */
	static final class ScriptedServer implements AutoCloseable {

		private final DatagramSocket socket;

		private final List<DhcpMessage> requests = new CopyOnWriteArrayList<>();

		private final CompletableFuture<Void> loop;

		private ScriptedServer(Function<DhcpMessage, DhcpMessage> script) throws Exception {
			this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			this.socket.setSoTimeout(200);
			this.loop = CompletableFuture.runAsync(() -> serve(script));
		}

		static ScriptedServer answering(Function<DhcpMessage, DhcpMessage> script) throws Exception {
			return new ScriptedServer(script);
		}

		int port() {
			return this.socket.getLocalPort();
		}

		List<DhcpMessage> requests() {
			return this.requests;
		}

		private void serve(Function<DhcpMessage, DhcpMessage> script) {
			byte[] buffer = new byte[1500];
			while (!this.socket.isClosed()) {
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				try {
					this.socket.receive(packet);
					DhcpMessage request = DhcpMessage.parse(Arrays.copyOf(packet.getData(), packet.getLength()));
					this.requests.add(request);
					byte[] reply = script.apply(request).encode();
					this.socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
				}
				catch (SocketTimeoutException ex) {
					// poll for close
				}
				catch (Exception ex) {
					return;
				}
			}
		}

		@Override
		public void close() {
			this.socket.close();
			this.loop.orTimeout(2, TimeUnit.SECONDS).exceptionally((ex) -> null).join();
		}

	}

}
