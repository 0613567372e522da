package dev.ucdhcp.probe;

import java.util.Arrays;
import java.util.List;

import dev.ucdhcp.encoding.DecodedOption;
import dev.ucdhcp.encoding.Option120;
import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.OptionDecoder;
import dev.ucdhcp.encoding.SubOption;

/**
 * Explains where a received option 43 or 120 first departs from the rendered one, read
 * with the web page's decoder: the sub-option (43) or name and label (120) an admin can
 * find in the server's configuration, not a byte offset.
 */
final class OptionDifference {

	private OptionDifference() {
	}

	static String explain(int code, byte[] expected, byte[] received) {
		if (code != Option43.CODE && code != Option120.CODE) {
			return firstByte(expected, received);
		}
		DecodedOption want = OptionDecoder.decode(code, expected);
		DecodedOption got = OptionDecoder.decode(code, received);
		String difference = (code == Option43.CODE) ? subOptions(want.subOptions(), got.subOptions())
				: names(expected, received, want.names(), got.names());
		if (difference.isEmpty()) {
			difference = firstByte(expected, received);
		}
		return got.errors().isEmpty() ? difference
				: difference + " (the decoder: " + got.errors().get(0).message() + ")";
	}

	private static String subOptions(List<SubOption> want, List<SubOption> got) {
		for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
			if (i >= got.size()) {
				SubOption missing = want.get(i);
				return "sub-option " + missing.code() + " (" + missing.name() + ") is missing";
			}
			if (i >= want.size()) {
				SubOption extra = got.get(i);
				return "sub-option " + extra.code() + " (" + extra.name() + ") \"" + VerifyOptions.safe(extra.text())
						+ "\" is not in the rendered value";
			}
			SubOption w = want.get(i);
			SubOption g = got.get(i);
			if (w.code() != g.code() || !Arrays.equals(w.value(), g.value())) {
				return "sub-option " + w.code() + " (" + w.name() + ") should be \"" + w.text()
						+ "\"; the server gives " + ((w.code() == g.code()) ? "" : "sub-option " + g.code() + " ")
						+ "\"" + VerifyOptions.safe(g.text()) + "\"";
			}
		}
		return "";
	}

	private static String names(byte[] expected, byte[] received, List<String> want, List<String> got) {
		if (expected.length > 0 && received.length > 0 && expected[0] != received[0]) {
			return "encoding " + received[0] + " (" + encoding(received[0]) + ") where ucdhcp renders encoding "
					+ expected[0] + " (" + encoding(expected[0]) + ")";
		}
		for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
			String w = (i < want.size()) ? want.get(i) : "";
			String g = (i < got.size()) ? got.get(i) : "";
			if (!w.equals(g)) {
				return "registrar " + (i + 1) + " should be " + (w.isEmpty() ? "absent" : w) + "; the server gives "
						+ (g.isEmpty() ? "none" : VerifyOptions.safe(g)) + label(w, g);
			}
		}
		return "";
	}

	/** The first label that differs: a typo is easier to find by its label. */
	private static String label(String want, String got) {
		String[] w = want.split("\\.");
		String[] g = got.split("\\.");
		for (int i = 0; i < Math.min(w.length, g.length); i++) {
			if (!w[i].equals(g[i])) {
				return " (label " + (i + 1) + ": \"" + VerifyOptions.safe(g[i]) + "\", not \"" + w[i] + "\")";
			}
		}
		return "";
	}

	private static String encoding(byte value) {
		return (value == Option120.ENCODING_DOMAIN_NAMES) ? "names"
				: (value == Option120.ENCODING_ADDRESSES) ? "addresses" : "unknown";
	}

	private static String firstByte(byte[] expected, byte[] received) {
		int at = Arrays.mismatch(expected, received);
		return "the values differ from byte " + (at + 1) + " (" + received.length + " bytes received, "
				+ expected.length + " rendered)";
	}

}
