package dev.ucdhcp.probe;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ucdhcp.cli.InputOptions;
import dev.ucdhcp.cli.Values;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.ProvisioningInputs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The probe's own options (a mixin of {@link ProbeCommand}), each checked as it is read.
 * A new option is one annotated field or setter here, plus its accessor. The rollout
 * check's options (issue 24) are collected by a {@link VerifyOptions.Builder} and checked
 * together with the web's inputs in {@link #check(InputOptions)}.
 */
final class ProbeArguments {

	private Optional<String> interfaceName = Optional.empty();

	private Optional<InetAddress> server = Optional.empty();

	private final List<MessageType> messages = new ArrayList<>();

	private Optional<String> vendorClass = Optional.of(Option43.MS_UC_CLIENT);

	private Duration timeout = Duration.ofSeconds(5);

	private int maxMessageSize;

	private final VerifyOptions.Builder verifyBuilder = new VerifyOptions.Builder();

	private VerifyOptions verify = VerifyOptions.NONE;

	@Spec(Spec.Target.MIXEE)
	private CommandSpec command;

	@Option(names = "--hex", description = "also print one machine-readable line per option received:"
			+ " wire <sent> <received> <server> <code> <HEX> (- when empty)")
	private boolean hex;

	@Option(names = "--interface", paramLabel = "NAME", description = "take the client address (ciaddr) and MAC"
			+ " from this interface (default: towards --server, else the first that is up)")
	void interfaceName(String text) {
		this.interfaceName = Optional.of(Values.interfaceName("--interface", text));
	}

	@Option(names = "--server", paramLabel = "IP",
			description = "send DHCPINFORM to this server (else broadcast) and stop at its first reply")
	void server(String text) {
		this.server = Optional.of(VerifyOptions.Builder.ipv4("--server", text));
	}

	@Option(names = "--inform", description = "send only DHCPINFORM (what phones use to ask for 43 and 120)")
	void inform(boolean inform) {
		this.messages.add(MessageType.DHCPINFORM);
	}

	@Option(names = "--discover", description = "send only DHCPDISCOVER (broadcast; no DHCPREQUEST follows, no lease);"
			+ " without either, both are sent: DISCOVER first, then INFORM")
	void discover(boolean discover) {
		this.messages.add(MessageType.DHCPDISCOVER);
	}

	@Option(names = "--vendor-class", paramLabel = "V", description = "option 60 to send (default MS-UC-Client)")
	void vendorClass(String text) {
		if (text.isEmpty() || text.length() > 255 || !text.chars().allMatch((c) -> c >= 0x20 && c <= 0x7E)) {
			throw new IllegalArgumentException("--vendor-class wants 1 to 255 printable ASCII characters");
		}
		this.vendorClass = Optional.of(text);
	}

	@Option(names = "--no-vendor-class", description = "send no option 60")
	void noVendorClass(boolean none) {
		this.vendorClass = Optional.empty();
	}

	@Option(names = "--timeout", paramLabel = "SECONDS",
			description = "how long to wait for replies to each message (default 5, at most 60)")
	void timeout(String text) {
		this.timeout = Duration.ofSeconds(Values.wholeNumber("--timeout", text, 1, 60, "whole seconds"));
	}

	@Option(names = "--max-message-size", paramLabel = "BYTES",
			description = "send option 57 (576 to 1500); without it servers keep the reply within 576 bytes"
					+ " and may drop a long option 43 or 120")
	void maxMessageSize(String text) {
		this.maxMessageSize = Values.wholeNumber("--max-message-size", text, 576, 1500, "bytes");
	}

	@Option(names = "--expect", paramLabel = "PERMALINK", description = "compare every reply with what ucdhcp"
			+ " renders for the page's inputs (or give them as the web's flags, --pool … --sites, or as --permalink):"
			+ " per option exact, different (with the first differing sub-option or label) or missing; with sites,"
			+ " the 120 of the site the phone is in (at most " + VerifyOptions.MAX_PERMALINK + " characters)")
	void expect(String text) {
		this.verifyBuilder.expect(text);
	}

	@Option(names = "--all-replies", description = "listen for the whole timeout and name every server that answered;"
			+ " one that answers a phone without 43/120, or differently, is a problem")
	void allReplies(boolean all) {
		this.verifyBuilder.allReplies(all);
	}

	@Option(names = "--link-selection", paramLabel = "CIDR", description = "ask from the centre as the relay agent"
			+ " (UDP port 67, giaddr = this host) for a phone in CIDR; needs --server")
	void linkSelection(String text) {
		this.verifyBuilder.linkSelection(text);
	}

	@Option(names = "--selection-by", paramLabel = "82|118|both", description = "how --link-selection and --sites"
			+ " name the subnet: RFC 3527 sub-option 5 of option 82, RFC 3011 option 118, or both (default)")
	void selectionBy(String text) {
		this.verifyBuilder.selectBy(VerifyOptions.SelectBy.parse(text));
	}

	@Option(names = "--follow", description = "walk on as the phone does: resolve the registrar (120) and web FQDN"
			+ " (43), TLS to the registrar on 5061, HTTPS to the provisioning URL (name and chain checked), SNTP"
			+ " to each option 42 server")
	void follow(boolean follow) {
		this.verifyBuilder.follow(follow);
	}

	@Option(names = "--dns", paramLabel = "IP",
			description = "with --follow: ask this DNS server instead of the system resolver")
	void dns(String text) {
		this.verifyBuilder.dns(VerifyOptions.Builder.ipv4("--dns", text));
	}

	@Option(names = "--ca", paramLabel = "FILE",
			description = "with --follow: trust the certificates in this PEM file instead of the JDK's trust store")
	void ca(Path file) {
		this.verifyBuilder.ca(file);
	}

	@Option(names = "--json", description = "print one JSON document instead of text: every reply, every check,"
			+ " a verdict; a usage error too")
	void json(boolean json) {
		this.verifyBuilder.json(json);
	}

	/**
	 * The rules between the rollout options and the web's inputs ({@code --sites} with a
	 * permalink or lines runs one probe per site).
	 * @throws ParameterException naming the options that disagree
	 */
	void check(InputOptions inputs) {
		try {
			this.verify = this.verifyBuilder.build(inputs.raw(), given("--permalink"),
					given("--" + ProvisioningInputs.SITES), this.server.isPresent());
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.command.commandLine(), ex.getMessage(), ex);
		}
	}

	private boolean given(String option) {
		return this.command.findOption(option).getValue() != null;
	}

	VerifyOptions verify() {
		return this.verify;
	}

	Optional<String> interfaceName() {
		return this.interfaceName;
	}

	Optional<InetAddress> server() {
		return this.server;
	}

	/**
	 * What to send, in the order asked; without {@code --inform} or {@code --discover}
	 * both.
	 */
	List<MessageType> messages() {
		return this.messages.isEmpty() ? List.of(MessageType.DHCPDISCOVER, MessageType.DHCPINFORM)
				: List.copyOf(this.messages);
	}

	Optional<String> vendorClass() {
		return this.vendorClass;
	}

	Duration timeout() {
		return this.timeout;
	}

	int maxMessageSize() {
		return this.maxMessageSize;
	}

	boolean hex() {
		return this.hex;
	}

	boolean phone() {
		return this.vendorClass.filter(Option43.MS_UC_CLIENT::equals).isPresent();
	}

}
