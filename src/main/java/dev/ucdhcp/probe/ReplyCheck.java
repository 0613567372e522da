package dev.ucdhcp.probe;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.DecodedOption;
import dev.ucdhcp.encoding.DecodedOption.Finding;
import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.OptionDecoder;

/**
 * What a phone learns from one reply, and what is wrong with it: option 120 names the
 * registrar, option 43 (only for vendor class {@code MS-UC-Client}) the certificate
 * provisioning URL. Both are read with the same decoder as the web page, so the dnsmasq
 * {@code FF} end marker and the Windows NAP sub-option 220 are recognised, not failed.
 */
final class ReplyCheck {

	static final int OPTION_42 = 42;

	static final int OPTION_43 = 43;

	static final int OPTION_120 = 120;

	private final PhoneClient.Reply reply;

	private final boolean phone;

	private final List<String> problems = new ArrayList<>();

	ReplyCheck(PhoneClient.Reply reply, Optional<String> vendorClass) {
		this.reply = reply;
		this.phone = vendorClass.filter(Option43.MS_UC_CLIENT::equals).isPresent();
	}

	List<String> problems() {
		return List.copyOf(this.problems);
	}

	void print(PrintStream out) {
		DhcpMessage message = this.reply.message();
		out.printf("  %s from %s%n", message.messageType().map(Enum::name).orElse("BOOTP reply"),
				this.reply.server().getHostAddress());
		printRegistrar(out, message.option(OPTION_120));
		printProvisioning(out, message.option(OPTION_43));
		message.option(DhcpMessage.OPTION_OVERLOAD)
			.ifPresent((fields) -> out.printf(
					"    warning: the server ran out of room and moved options into the"
							+ " BOOTP %s field (option 52 overload); not every phone reads them there. Options this"
							+ " long need a client that announces a larger message size (option 57).%n",
					(fields.length == 1 && fields[0] == 2) ? "sname" : "file"));
		message.option(OPTION_42).ifPresent((ntp) -> out.printf("    option 42  NTP servers: %s%n", addresses(ntp)));
		out.printf("    options in the reply: %s%n",
				message.options().keySet().stream().map(String::valueOf).collect(Collectors.joining(" ")));
		this.problems.forEach((problem) -> out.printf("    PROBLEM: %s%n", problem));
	}

	private void printRegistrar(PrintStream out, Optional<byte[]> option120) {
		if (option120.isEmpty()) {
			problem("no option 120: the phone does not learn its registrar (SIP server).");
			return;
		}
		if (option120.get().length == 0) {
			problem("option 120 arrived empty (0 bytes).");
			return;
		}
		DecodedOption decoded = decode(OPTION_120, option120.get());
		out.printf("    option 120 (%d bytes) %s%n", option120.get().length, hex(option120.get()));
		decoded.registrar().ifPresent((name) -> out.printf("      registrar: %s%n", name));
		printFindings(out, decoded);
		decoded.errors().forEach((error) -> problem("option 120: " + error.message()));
	}

	private void printProvisioning(PrintStream out, Optional<byte[]> option43) {
		if (option43.isEmpty()) {
			if (this.phone) {
				problem("no option 43: the phone does not learn where to fetch its certificate, so PIN sign-in"
						+ " fails. Check the vendor-class match on MS-UC-Client.");
			}
			else {
				out.println("    option 43: none (right: it is only for vendor class MS-UC-Client)");
			}
			return;
		}
		if (option43.get().length == 0) {
			problem("option 43 arrived empty (0 bytes): Kea does this to a raw option 43 without an option"
					+ " definition in the client class.");
			return;
		}
		DecodedOption decoded = decode(OPTION_43, option43.get());
		out.printf("    option 43 (%d bytes) %s%n", option43.get().length, hex(option43.get()));
		decoded.provisioningUrl().ifPresent((url) -> out.printf("      provisioning URL: %s%n", url));
		printFindings(out, decoded);
		if (this.phone) {
			decoded.errors().forEach((error) -> problem("option 43: " + error.message()));
			if (decoded.valid() && decoded.provisioningUrl().isEmpty()) {
				problem("option 43 lacks one of sub-options 2 to 5: no provisioning URL for the phone.");
			}
		}
		else if (decoded.subOptionText(1).filter(Option43.MS_UC_CLIENT::equals).isPresent()) {
			problem("a client that is not an MS-UC-Client got the phones' option 43: the server's vendor-class"
					+ " match is too broad (dnsmasq matches substrings) or the options are not in the class.");
		}
	}

	private static void printFindings(PrintStream out, DecodedOption decoded) {
		for (Finding finding : decoded.findings()) {
			out.printf("      %s: %s%n", finding.severity().name().toLowerCase(Locale.ROOT), finding.message());
		}
	}

	private void problem(String message) {
		this.problems.add(message);
	}

	static DecodedOption decode(int code, byte[] value) {
		// "option N hex …" tells the decoder which option this is without a length byte,
		// so values longer than 255 bytes (RFC 3396 concatenation) still decode.
		return OptionDecoder.decode("option " + code + " hex " + hex(value));
	}

	static String hex(byte[] value) {
		return HexStyle.CANONICAL.format(value);
	}

	static String addresses(byte[] value) {
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i + 4 <= value.length; i += 4) {
			addresses.add((value[i] & 0xFF) + "." + (value[i + 1] & 0xFF) + "." + (value[i + 2] & 0xFF) + "."
					+ (value[i + 3] & 0xFF));
		}
		return String.join(", ", addresses);
	}

}
