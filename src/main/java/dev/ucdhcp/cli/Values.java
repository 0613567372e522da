package dev.ucdhcp.cli;

/**
 * Checks of option values that more than one command makes, with one wording: each
 * message names the option and says what it wants.
 */
public final class Values {

	/** Linux's IFNAMSIZ is 16 bytes with the closing NUL. */
	public static final int MAX_INTERFACE_NAME = 15;

	private Values() {
	}

	/**
	 * @throws IllegalArgumentException unless {@code text} is a whole number from
	 * {@code min} to {@code max}
	 */
	public static int wholeNumber(String option, String text, int min, int max, String unit) {
		String digits = Integer.toString(max);
		if (!text.matches("[0-9]{1," + digits.length() + "}") || Integer.parseInt(text) < min
				|| Integer.parseInt(text) > max) {
			throw new IllegalArgumentException(
					option + " wants " + unit + " from " + min + " to " + max + ", not " + shown(text));
		}
		return Integer.parseInt(text);
	}

	/** A value as a message shows it: printable, and short. */
	static String shown(String text) {
		String shown = UsageErrors.printable(text);
		return (shown.length() > 40) ? shown.substring(0, 40) + "…" : shown;
	}

	/**
	 * @throws IllegalArgumentException unless {@code text} can be a Linux network
	 * interface's name
	 */
	public static String interfaceName(String option, String text) {
		if (text.isEmpty() || text.length() > MAX_INTERFACE_NAME || !text.matches("[A-Za-z0-9_.:@-]+")) {
			throw new IllegalArgumentException(option + " wants a network interface name of 1 to " + MAX_INTERFACE_NAME
					+ " letters, digits and _.:@- (see: ip -br link)");
		}
		return text;
	}

}
