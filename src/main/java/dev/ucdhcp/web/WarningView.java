package dev.ucdhcp.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.encoding.Warning;
import dev.ucdhcp.encoding.WarningCode;

/**
 * A warning as a person reads it: a plain headline first, the stable code small, and the
 * message split at its backticks so commands show as code rather than as literal
 * backticks.
 *
 * @param headline what goes wrong, in a few plain words
 * @param code the stable identifier API clients match on
 * @param parts the message, alternating between prose and commands
 */
public record WarningView(String headline, String code, List<Part> parts) {

	/** A piece of the message; {@code code} when it stood between backticks. */
	public record Part(String text, boolean code) {
	}

	private static final Map<WarningCode, String> HEADLINES = Map.of(WarningCode.CISCO_HEX_LIMIT,
			"Cisco IOS cuts this value off", WarningCode.CISCO_NO_VENDOR_CLASS,
			"Every client in the Cisco pool gets option 43", WarningCode.CISCO_VLAN_UNSUPPORTED,
			"No voice VLAN on Cisco IOS", WarningCode.VLAN_EXPERIMENTAL, "The voice VLAN is experimental",
			WarningCode.HTTP_SCHEME, "Phones expect https", WarningCode.OPTION_TOO_LONG,
			"An option is longer than DHCP allows", WarningCode.REPLY_SPACE, "The reply may not fit");

	public static WarningView of(Warning warning) {
		return new WarningView(HEADLINES.getOrDefault(warning.code(), firstSentence(warning.message())),
				warning.code().name(), parts(warning.message()));
	}

	/**
	 * The message as one line of plain text, backticks dropped: for the change record.
	 */
	public String plain() {
		StringBuilder text = new StringBuilder();
		this.parts.forEach((part) -> text.append(part.text()));
		return text.toString();
	}

	static List<Part> parts(String message) {
		List<Part> parts = new ArrayList<>();
		String[] pieces = message.split("`", -1);
		for (int i = 0; i < pieces.length; i++) {
			if (!pieces[i].isEmpty()) {
				// an odd count of backticks leaves the last piece as prose, not as an
				// open command
				boolean code = i % 2 == 1 && i < pieces.length - 1;
				parts.add(new Part(pieces[i], code));
			}
		}
		return List.copyOf(parts);
	}

	private static String firstSentence(String message) {
		int end = message.indexOf(". ");
		int colon = message.indexOf(": ");
		if (colon > 0 && (end < 0 || colon < end)) {
			end = colon;
		}
		return (end > 0 ? message.substring(0, end) : message).replace("`", "");
	}

}
