package dev.ucdhcp.responder;

import dev.ucdhcp.cli.Values;
import picocli.CommandLine.Option;

/**
 * The responder's own options (a mixin of {@link ResponderCommand}): where to listen and
 * how much to log. The web's inputs come from {@code InputOptions}.
 */
final class ResponderArguments {

	private String interfaceName;

	@Option(names = "--allow-relay",
			description = "also answer DHCPINFORMs relayed through giaddr (reply to the"
					+ " relay, port 67) when giaddr and ciaddr lie in one --scope or site; needs --scope or --sites."
					+ " Without it they are ignored and logged")
	private boolean allowRelay;

	@Option(names = "--verbose",
			description = "log single ignored datagrams too (at most 20 a minute; always: a summary once a minute)")
	private boolean verbose;

	@Option(names = "--interface", paramLabel = "NAME", required = true,
			description = "the phones' link: replies come from its IPv4 address that lies in the scope (or a"
					+ " site's), option 54; only clients that send from its subnet and ask for their own address"
					+ " (ciaddr) are answered (see: ip -br addr)")
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
