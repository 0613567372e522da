package dev.ucdhcp.responder;

import dev.ucdhcp.cli.Values;
import picocli.CommandLine.Option;

/**
 * The responder's own options (a mixin of {@link ResponderCommand}): where to listen and
 * how much to log. The web's inputs come from {@code InputOptions}.
 */
final class ResponderArguments {

	private String interfaceName;

	@Option(names = "--allow-relay", description = "also answer DHCPINFORMs relayed through giaddr (reply to the"
			+ " relay, port 67); without it they are ignored and logged")
	private boolean allowRelay;

	@Option(names = "--verbose", description = "log every ignored datagram (default: a summary at most once a minute)")
	private boolean verbose;

	@Option(names = "--interface", paramLabel = "NAME", required = true,
			description = "the phones' link: replies come from its IPv4 address (option 54),"
					+ " and only clients whose ciaddr is in its subnet are answered (see: ip -br addr)")
	void interfaceName(String text) {
		this.interfaceName = Values.interfaceName("--interface", text);
	}

	/** The interface whose address and subnet the responder serves. */
	String interfaceName() {
		return this.interfaceName;
	}

	/** Answer DHCPINFORMs relayed through giaddr. */
	boolean allowRelay() {
		return this.allowRelay;
	}

	/** Log every ignored datagram, not only a summary. */
	boolean verbose() {
		return this.verbose;
	}

}
