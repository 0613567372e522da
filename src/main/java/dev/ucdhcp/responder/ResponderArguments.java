package dev.ucdhcp.responder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.cli.PermalinkInputs;
import dev.ucdhcp.encoding.ProvisioningInputs;

/**
 * The responder's command line: where to listen, and the same inputs as the web page,
 * either as one flag each or as one permalink copied from the page. The inputs stay raw
 * here; {@link ProvisioningInputs#parse} applies exactly the web's rules to them.
 *
 * @param interfaceName the interface whose address and subnet the responder serves
 * @param allowRelay answer DHCPINFORMs relayed through giaddr
 * @param verbose log every ignored datagram, not only a summary
 * @param help print the usage
 * @param inputs input name to raw value, in the web's vocabulary
 */
record ResponderArguments(String interfaceName, boolean allowRelay, boolean verbose, boolean help,
		Map<String, String> inputs) {

	/** Linux's IFNAMSIZ is 16 bytes with the closing NUL. */
	static final int MAX_INTERFACE_NAME = 15;

	/** Room for 64 sites with long registrar names, percent-encoded. */
	static final int MAX_PERMALINK = 32768;

	private static final String PERMALINK = "--permalink";

	/**
	 * Parameters of the page's address that do not change an answer: the output target,
	 * and the form's topology switch, which only shows or hides fields.
	 */
	ResponderArguments {
		inputs = Map.copyOf(inputs);
	}

	static ResponderArguments parse(String[] args) {
		Builder builder = new Builder();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--interface" -> builder.interfaceName = Optional.of(interfaceName(value(args, ++i, arg)));
				case "--allow-relay" -> builder.allowRelay = true;
				case "--verbose" -> builder.verbose = true;
				case "--help", "-h" -> builder.help = true;
				case PERMALINK -> builder.permalink(value(args, ++i, arg));
				default -> builder.input(inputName(arg), value(args, ++i, arg));
			}
		}
		return builder.build();
	}

	private static String value(String[] args, int index, String name) {
		if (index >= args.length) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return args[index];
	}

	/** {@code --pool} and the like: the web's input names as flags. */
	private static String inputName(String flag) {
		String name = flag.startsWith("--") ? flag.substring(2) : "";
		if (!ProvisioningInputs.NAMES.contains(name)) {
			throw new IllegalArgumentException("unknown argument " + flag.replaceAll("[^\\x21-\\x7E]", "?"));
		}
		return name;
	}

	private static String interfaceName(String text) {
		if (text.isEmpty() || text.length() > MAX_INTERFACE_NAME || !text.matches("[A-Za-z0-9_.:@-]+")) {
			throw new IllegalArgumentException("--interface wants a network interface name of 1 to "
					+ MAX_INTERFACE_NAME + " letters, digits and _.:@- (see: ip -br link)");
		}
		return text;
	}

	/** A permalink up to {@link #MAX_PERMALINK} characters, read as the page's inputs. */
	static Map<String, String> permalinkInputs(String permalink) {
		if (permalink.length() > MAX_PERMALINK) {
			throw new IllegalArgumentException(
					PERMALINK + " is " + permalink.length() + " characters; at most " + MAX_PERMALINK + " are read");
		}
		return PermalinkInputs.of(permalink);
	}

	private static final class Builder {

		private Optional<String> interfaceName = Optional.empty();

		private boolean allowRelay;

		private boolean verbose;

		private boolean help;

		private final Map<String, String> flags = new LinkedHashMap<>();

		private Optional<Map<String, String>> permalink = Optional.empty();

		void input(String name, String value) {
			if (this.flags.put(name, value) != null) {
				throw new IllegalArgumentException("--" + name + " is given twice");
			}
		}

		void permalink(String value) {
			if (this.permalink.isPresent()) {
				throw new IllegalArgumentException(PERMALINK + " is given twice");
			}
			this.permalink = Optional.of(permalinkInputs(value));
		}

		ResponderArguments build() {
			if (this.help) {
				return new ResponderArguments("", false, false, true, Map.of());
			}
			if (this.permalink.isPresent() && !this.flags.isEmpty()) {
				throw new IllegalArgumentException("give the inputs either as " + PERMALINK + " or as flags such as --"
						+ this.flags.keySet().iterator().next() + ", not both");
			}
			String name = this.interfaceName.orElseThrow(() -> new IllegalArgumentException(
					"--interface NAME is required: the link whose phones" + " to answer (see: ip -br addr)"));
			return new ResponderArguments(name, this.allowRelay, this.verbose, false,
					this.permalink.orElse(this.flags));
		}

	}

}
