package dev.ucdhcp.responder;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.ucdhcp.cli.Cli;
import dev.ucdhcp.cli.InputOptions;
import dev.ucdhcp.cli.SharedOptions;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.PhoneProvisioning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code java -jar ucdhcp.jar responder --interface IF …}: Lync Server DHCP for a branch
 * whose DHCP server cannot be changed. Exit codes: 0 stopped by SIGTERM (or
 * {@code --help}), 2 usage error, bad input, or port 67 not available.
 */
@Command(name = "responder", description = {
		"Answers Lync / Skype for Business phones like Lync Server DHCP does: DHCPINFORM only, never a lease,"
				+ " never DHCPDISCOVER or DHCPREQUEST, so it runs next to the branch's own DHCP server (which hands"
				+ " out the addresses) without competing with it.",
		"A DHCPINFORM with option 60 exactly MS-UC-Client gets a DHCPACK with option 120 (registrar) and"
				+ " option 43 (certificate provisioning URL), and 42 (NTP) when --ntp is given and the phone asks"
				+ " for 42. Any other client gets 120 only if it asks for 120 in option 55, and never 43. Options"
				+ " follow the order of option 55; a reply stays within 576 bytes unless the client announces more"
				+ " (option 57): what does not fit is left out and logged.",
		"The inputs are the web page's, same names, defaults and rules. --scope limits the answers to clients"
				+ " (and, with --allow-relay, relays) inside that network; with --sites each client gets the option 120 of the site whose scope"
				+ " holds its ciaddr, and a client in no scope gets option 43 only; --vlan is checked but not sent"
				+ " (vendor class CPE-OCPHONE gets no option 43 here)." },
		footer = { "Runs safely as a non-root user with only CAP_NET_BIND_SERVICE (UDP port 67), for"
				+ " example deploy/ucdhcp-responder.service for systemd. Port 67 must be free: it cannot share the host"
				+ " with a DHCP server (run it on another host of the link, such as the SBA's). Stops on SIGTERM"
				+ " (exit 0). The first 20 answers a minute are one log line each (client MAC, ciaddr, vendor class,"
				+ " options), the rest summed up: the log cannot fill a disk.",
				"Exit: 0 stopped by SIGTERM, 2 usage error, invalid input or port 67 not available." })
public final class ResponderCommand implements Callable<Integer> {

	public static final int OK = 0;

	public static final int CANNOT_RUN = Cli.USAGE_ERROR;

	@Mixin
	private SharedOptions shared;

	@Mixin
	private ResponderArguments arguments;

	@Mixin
	private InputOptions inputs;

	private final PrintStream out;

	private final PrintStream err;

	public ResponderCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Lets the wire tests run the responder from the class path inside a namespace. */
	public static void main(String[] args) {
		System.exit(new ResponderCommand(System.out, System.err).run(args));
	}

	int run(String[] args) {
		return Cli.run(this, this.out, this.err, args);
	}

	/** The options as parsed, for tests of the command line. */
	ResponderArguments arguments() {
		return this.arguments;
	}

	/** The web's inputs as given, for tests of the command line. */
	Map<String, String> inputs() {
		return this.inputs.raw();
	}

	@Override
	public Integer call() {
		Prepared prepared;
		Port67 sockets;
		try {
			prepared = Prepared.of(this.arguments, this.inputs.provisioning());
			sockets = Port67.bind(prepared.link());
		}
		catch (IllegalArgumentException | IOException ex) {
			this.err.println("responder: " + ex.getMessage());
			return CANNOT_RUN;
		}
		serveUntilStopped(prepared, sockets);
		return OK;
	}

	/** Arguments checked, the inputs valid, the interface's serving address found. */
	record Prepared(ResponderArguments arguments, ServerLink link, PhoneProvisioning provisioning) {

		static Prepared of(ResponderArguments arguments, PhoneProvisioning provisioning) throws IOException {
			List<Ipv4Network> served = new ProvisioningByAddress(provisioning).served();
			if (arguments.allowRelay() && served.isEmpty()) {
				// ISC dhcpd and Kea answer a relay only for a subnet they are configured
				// for
				throw new IllegalArgumentException("--allow-relay needs --scope or --sites: the networks whose"
						+ " relays (giaddr) and clients (ciaddr) to answer");
			}
			return new Prepared(arguments, ServerLink.of(arguments.interfaceName(), served, arguments.allowRelay()),
					provisioning);
		}

		ProvisioningByAddress provisioningFor() {
			return new ProvisioningByAddress(this.provisioning);
		}

	}

	private void serveUntilStopped(Prepared prepared, Port67 sockets) {
		AsyncLines lines = new AsyncLines(this.out);
		ResponderLog log = new ResponderLog(lines, prepared.arguments().verbose(), Clock.systemUTC());
		InformPolicy policy = new InformPolicy(prepared.link(), prepared.arguments().allowRelay(),
				prepared.provisioningFor());
		Responder responder = new Responder(policy, new RateLimit(System::nanoTime), log);
		CountDownLatch served = new CountDownLatch(1);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> stop(sockets, served, log, lines), "ucdhcp-responder-stop"));
		startupLines(prepared, log);
		List<String> loose = ReversePathFilter.notStrict(prepared.link().name());
		if (!loose.isEmpty()) {
			log.warning(ReversePathFilter.warning(prepared.link().name(), loose));
		}
		responder.serve(sockets);
		served.countDown();
	}

	private static void startupLines(Prepared prepared, ResponderLog log) {
		PhoneProvisioning provisioning = prepared.provisioning();
		log.info("listening on UDP port 67 for DHCPINFORM on " + prepared.link()
				+ (prepared.arguments().allowRelay() ? ", relayed ones too" : "") + "; option 120 registrar "
				+ provisioning.registrar().text() + ", option 43 URL " + provisioning.provisioningUrl()
				+ provisioning.scope().map((scope) -> ", only for clients in " + scope).orElse(""));
		provisioning.perSite()
			.forEach((site) -> log.info("site " + site.site().map(Object::toString).orElse("") + ": clients in "
					+ site.scope().map(Object::toString).orElse("") + " get option 120 registrar "
					+ site.registrar().text()));
		if (!provisioning.sites().isEmpty()) {
			log.info("clients in none of the sites' scopes get option 43 only (a phone then finds its registrar"
					+ " in DNS)");
		}
		provisioning.warnings().forEach((warning) -> log.warning(warning.message()));
		if (provisioning.vlan().isPresent()) {
			log.warning("--vlan is not sent by the responder: hand out the voice VLAN by LLDP-MED");
		}
	}

	/**
	 * SIGTERM: close the sockets so the loops end, wait briefly for it, and exit 0 (a
	 * signal would otherwise end the JVM with 143).
	 */
	private static void stop(Port67 sockets, CountDownLatch served, ResponderLog log, AsyncLines lines) {
		sockets.close();
		try {
			served.await(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("stopped");
		lines.drain(Duration.ofSeconds(2));
		Runtime.getRuntime().halt(OK);
	}

}
