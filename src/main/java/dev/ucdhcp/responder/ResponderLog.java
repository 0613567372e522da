package dev.ucdhcp.responder;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.responder.Decision.Answer;
import dev.ucdhcp.responder.Decision.Ignored;
import dev.ucdhcp.responder.Decision.Reason;

/**
 * One line per answer; ignored datagrams are counted and summed up at most once a minute
 * (every one with {@code --verbose}), so that a noisy link or a flood cannot fill the
 * journal. Client-controlled text is escaped: a vendor class cannot forge a log line.
 */
final class ResponderLog {

	static final Duration SUMMARY_INTERVAL = Duration.ofMinutes(1);

	private static final int MAX_VENDOR_CLASS_SHOWN = 64;

	private final PrintStream out;

	private final boolean verbose;

	private final Clock clock;

	private final Map<Reason, Integer> ignored = new EnumMap<>(Reason.class);

	private Instant summarySince;

	ResponderLog(PrintStream out, boolean verbose, Clock clock) {
		this.out = out;
		this.verbose = verbose;
		this.clock = clock;
		this.summarySince = clock.instant();
	}

	void info(String message) {
		line("INFO", message);
	}

	void warning(String message) {
		line("WARN", message);
	}

	void answered(DhcpMessage request, Answer answer) {
		String dropped = answer.dropped().isEmpty() ? "" : "; left out " + codes(answer.dropped()) + ": no room within "
				+ answer.limit() + " bytes (the client sends no larger option 57)";
		line("INFO", "answer DHCPINFORM from " + DhcpMessage.macText(request.chaddr()) + " ciaddr "
				+ Ipv4Address.of(request.ciaddr()) + " vendor-class " + vendorClass(request) + ": DHCPACK to "
				+ answer.destination() + ":" + answer.port() + answer.site().map((site) -> " site " + site).orElse("")
				+ " with options " + (answer.sent().isEmpty() ? "none" : codes(answer.sent())) + dropped);
	}

	void ignored(Ignored ignored, String from) {
		if (this.verbose) {
			line("DEBUG", "ignored from " + from + ": " + ignored.detail());
		}
		this.ignored.merge(ignored.reason(), 1, Integer::sum);
		summaryIfDue(false);
	}

	/** Writes the ignored counts once the interval is over, or now when stopping. */
	void summaryIfDue(boolean now) {
		Instant time = this.clock.instant();
		if (this.ignored.isEmpty() || (!now && time.isBefore(this.summarySince.plus(SUMMARY_INTERVAL)))) {
			return;
		}
		long seconds = Math.max(1, Duration.between(this.summarySince, time).toSeconds());
		int total = this.ignored.values().stream().mapToInt(Integer::intValue).sum();
		line("INFO", "ignored " + total + " datagram(s) in the last " + seconds + " s: " + this.ignored.entrySet()
			.stream()
			.map((entry) -> entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + entry.getValue())
			.collect(Collectors.joining(", ")));
		this.ignored.clear();
		this.summarySince = time;
	}

	static String vendorClass(DhcpMessage request) {
		return request.option(DhcpMessage.VENDOR_CLASS).map(ResponderLog::printable).orElse("none");
	}

	private static String printable(byte[] value) {
		StringBuilder text = new StringBuilder("\"");
		for (int i = 0; i < Math.min(value.length, MAX_VENDOR_CLASS_SHOWN); i++) {
			int c = value[i] & 0xFF;
			text.append((c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') ? String.valueOf((char) c)
					: String.format("\\x%02x", c));
		}
		return text.append(value.length > MAX_VENDOR_CLASS_SHOWN ? "\"…" : "\"").toString();
	}

	private static String codes(List<Integer> codes) {
		return codes.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}

	private void line(String level, String message) {
		this.out.println(this.clock.instant().truncatedTo(ChronoUnit.MILLIS) + " " + level + " " + message);
		this.out.flush();
	}

}
