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
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.responder.Decision.Answer;
import dev.ucdhcp.responder.Decision.Ignored;
import dev.ucdhcp.responder.Decision.Reason;

/**
 * A log that cannot fill a disk: per interval (a minute) at most
 * {@link #LINES_PER_INTERVAL} lines about single answers, as many about single ignored
 * datagrams (with {@code --verbose}) and as many warnings; the rest is counted and summed
 * up in one line when the interval is over. At the cap that is about 60 lines of some 200
 * bytes a minute, under 20 MB a day, whatever the traffic. Client-controlled text is
 * escaped: a vendor class cannot forge a log line.
 */
final class ResponderLog {

	static final Duration SUMMARY_INTERVAL = Duration.ofMinutes(1);

	static final int LINES_PER_INTERVAL = 20;

	private static final int MAX_VENDOR_CLASS_SHOWN = 64;

	private final Consumer<String> out;

	private final boolean verbose;

	private final Clock clock;

	private final Map<Reason, Integer> ignored = new EnumMap<>(Reason.class);

	private int answered;

	private int ignoredLines;

	private int warningLines;

	private int warningsLeftOut;

	private Instant summarySince;

	/** Writes each line at once: for tests. */
	ResponderLog(PrintStream out, boolean verbose, Clock clock) {
		this((line) -> {
			out.println(line);
			out.flush();
		}, verbose, clock);
	}

	ResponderLog(Consumer<String> out, boolean verbose, Clock clock) {
		this.out = out;
		this.verbose = verbose;
		this.clock = clock;
		this.summarySince = clock.instant();
	}

	synchronized void info(String message) {
		line("INFO", message);
	}

	/** Warnings a datagram can cause are capped like the rest. */
	synchronized void warning(String message) {
		summaryIfDue(false);
		if (this.warningLines++ < LINES_PER_INTERVAL) {
			line("WARN", message);
		}
		else {
			this.warningsLeftOut++;
		}
	}

	synchronized void answered(DhcpMessage request, Answer answer) {
		summaryIfDue(false);
		if (this.answered++ >= LINES_PER_INTERVAL) {
			return;
		}
		String dropped = answer.dropped().isEmpty() ? "" : "; left out " + codes(answer.dropped()) + ": no room within "
				+ answer.limit() + " bytes (the client sends no larger option 57)";
		line("INFO", "answer DHCPINFORM from " + DhcpMessage.macText(request.chaddr()) + " ciaddr "
				+ Ipv4Address.of(request.ciaddr()) + " vendor-class " + vendorClass(request) + ": DHCPACK to "
				+ answer.destination() + ":" + answer.port() + answer.site().map((site) -> " site " + site).orElse("")
				+ " with options " + (answer.sent().isEmpty() ? "none" : codes(answer.sent())) + dropped);
	}

	synchronized void ignored(Ignored ignored, String from) {
		summaryIfDue(false);
		if (this.verbose && this.ignoredLines++ < LINES_PER_INTERVAL) {
			line("DEBUG", "ignored from " + from + ": " + ignored.detail());
		}
		this.ignored.merge(ignored.reason(), 1, Integer::sum);
	}

	/** Sums up the interval once it is over, or now when stopping. */
	synchronized void summaryIfDue(boolean now) {
		Instant time = this.clock.instant();
		if (!now && time.isBefore(this.summarySince.plus(SUMMARY_INTERVAL))) {
			return;
		}
		long seconds = Math.max(1, Duration.between(this.summarySince, time).toSeconds());
		if (this.answered > LINES_PER_INTERVAL || this.warningsLeftOut > 0) {
			line("INFO",
					"answered " + this.answered + " DHCPINFORM(s) in the last " + seconds + " s, "
							+ Math.max(0, this.answered - LINES_PER_INTERVAL) + " of them not logged one by one; "
							+ this.warningsLeftOut + " warning(s) not logged");
		}
		if (!this.ignored.isEmpty()) {
			int total = this.ignored.values().stream().mapToInt(Integer::intValue).sum();
			line("INFO",
					"ignored " + total + " datagram(s) in the last " + seconds + " s: "
							+ this.ignored.entrySet()
								.stream()
								.map((entry) -> entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-') + " "
										+ entry.getValue())
								.collect(Collectors.joining(", ")));
		}
		this.ignored.clear();
		this.answered = 0;
		this.ignoredLines = 0;
		this.warningLines = 0;
		this.warningsLeftOut = 0;
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
		this.out.accept(this.clock.instant().truncatedTo(ChronoUnit.MILLIS) + " " + level + " " + message);
	}

}
