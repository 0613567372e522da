package dev.ucdhcp.probe.wire;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.doctor.ExtractedValue;

/**
 * A corpus paste moved onto the test link, and what the doctor says a phone on that link
 * receives.
 *
 * <p>
 * The corpus writes its networks in private ranges (10.10.20.0/24, as admins do); the
 * wire tests may only use the documentation ranges. The adjustment is one transparent
 * renaming: each distinct /24 the paste uses outside the documentation ranges is
 * replaced, in order of first appearance, by a documentation /24 (192.0.2.0/24 first: the
 * link's, where the phone sits). Only dotted addresses in the text change; hex values,
 * names and option bytes stay as pasted, and so do addresses the paste already writes in
 * a documentation range (dnsmasq/120-by-address names its registrar 192.0.2.10: an option
 * value, not a network). A paste whose addresses cannot be renamed this way (more than
 * three /24s outside them) is not adapted, and the test names it.
 */
record PasteOnTheLink(String text, String linkNetwork, Map<String, String> renamed) {

	static final String LINK_NETWORK = "192.0.2.0";

	private static final List<String> DOCUMENTATION = List.of("192.0.2.", "198.51.100.", "203.0.113.");

	private static final Pattern ADDRESS = Pattern
		.compile("(?<![0-9.])(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.)(\\d{1,3})(?![0-9])");

	/** The paste on the link's addresses, or why it cannot be moved there. */
	static Adaptation adapt(String paste) {
		Set<String> foreign = new LinkedHashSet<>();
		Matcher matcher = ADDRESS.matcher(paste);
		while (matcher.find()) {
			String prefix = matcher.group(1);
			if (!DOCUMENTATION.contains(prefix) && !prefix.startsWith("255.") && !"0.0.0.".equals(prefix)) {
				foreign.add(prefix);
			}
		}
		if (foreign.size() > DOCUMENTATION.size()) {
			return new Adaptation(null, "uses " + foreign.size() + " /24 networks outside the documentation ranges, "
					+ "there are " + DOCUMENTATION.size());
		}
		Map<String, String> renamed = new LinkedHashMap<>();
		int next = 0;
		for (String prefix : foreign) {
			renamed.put(prefix, DOCUMENTATION.get(next++));
		}
		String link = renamed.keySet().stream().findFirst().orElse(DOCUMENTATION.get(0));
		String text = ADDRESS.matcher(paste)
			.replaceAll((found) -> Matcher
				.quoteReplacement(renamed.getOrDefault(found.group(1), found.group(1)) + found.group(2)));
		return new Adaptation(new PasteOnTheLink(text, link + "0/24", renamed), null);
	}

	/** Either the paste on the link or the reason it could not be moved. */
	record Adaptation(PasteOnTheLink paste, String reason) {

		Optional<PasteOnTheLink> adapted() {
			return Optional.ofNullable(this.paste);
		}

	}

	/**
	 * What the doctor says a phone on the link receives for one option code: every value
	 * that reaches the link (not another subnet's, not a tag only another range sets), as
	 * its {@code wire} says ({@code none} drops it, {@code EMPTY} is zero bytes, no
	 * column or {@code same} is the extracted hex). Empty when none reaches the phone; a
	 * failure when the doctor's values disagree, since a phone gets one value.
	 */
	Optional<String> phoneReceives(List<ExtractedValue> values, String originalText) {
		Set<String> received = new LinkedHashSet<>();
		for (ExtractedValue value : values) {
			if (elsewhere(value.where(), originalText)) {
				continue;
			}
			String wire = value.wire().orElse("same");
			switch (wire) {
				case "none" -> {
				}
				case "same" -> received.add(value.hex());
				case "EMPTY" -> received.add("");
				default -> received.add(wire);
			}
		}
		if (received.size() > 1) {
			throw new AssertionError("the doctor gives a phone on " + this.linkNetwork + " several values " + received
					+ " without saying which one it receives");
		}
		return received.stream().findFirst();
	}

	/** A value placed on another subnet, or on a tag only another subnet's range sets. */
	private boolean elsewhere(String where, String originalText) {
		if (where.startsWith("subnet ")) {
			return !where.equals("subnet " + this.linkNetwork);
		}
		if (where.startsWith("tag ")) {
			String tag = where.substring("tag ".length());
			Matcher range = Pattern.compile("(?m)^dhcp-range=set:" + Pattern.quote(tag) + ",([0-9.]+)")
				.matcher(originalText);
			return range.find() && !range.group(1).startsWith(this.linkNetwork.replace("0/24", ""));
		}
		return false;
	}

}
