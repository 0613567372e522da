package dev.ucdhcp.web.doctor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.ucdhcp.doctor.Diagnosis;
import dev.ucdhcp.doctor.ExtractedValue;
import dev.ucdhcp.doctor.Problem;
import dev.ucdhcp.doctor.Severity;

/**
 * The diagnosis as the page shows it: a headline, each problem with the lines of the
 * paste it concerns quoted and numbered, each value found linked to the decoder (its hex
 * only), the corrected config and the checks a paste cannot show. A paste of 256 KiB may
 * hold thousands of findings; the page shows the first {@link #MAX_SHOWN} of each list
 * and says how many more the API lists.
 */
public record DiagnosisView(String health, String headline, String formatName, List<ProblemView> problems,
		int moreProblems, List<ValueView> values, int moreValues, List<String> checks, CorrectedConfig corrected,
		boolean recoveredButInvalid, List<String> notRecovered) {

	static final int MAX_SHOWN = 100;

	/** Longer hex values are shown but not linked: an option holds at most 255 bytes. */
	static final int MAX_LINKED_HEX = 2 * 255;

	/** One problem, next to the lines it concerns. */
	public record ProblemView(String anchor, String code, String severity, String severityLabel, Integer line,
			String message, String fix, List<PasteLines.Line> quote) {
	}

	/** One option value found, with a decoder link holding nothing but its hex. */
	public record ValueView(String option, String hex, String decodeHref, String where, int line, String vendorClass,
			String wire, List<PasteLines.Line> quote) {
	}

	static DiagnosisView of(DoctorRun run, PasteLines paste) {
		Diagnosis diagnosis = run.diagnosis();
		List<ProblemView> problems = new ArrayList<>();
		for (Problem problem : diagnosis.problems()) {
			if (problems.size() == MAX_SHOWN) {
				break;
			}
			problems.add(problem(problem, problems.size() + 1, paste));
		}
		List<ExtractedValue> all = new ArrayList<>(diagnosis.option120());
		all.addAll(diagnosis.option43());
		List<ValueView> values = new ArrayList<>();
		for (int i = 0; i < all.size() && values.size() < MAX_SHOWN; i++) {
			values.add(value((i < diagnosis.option120().size()) ? "120" : "43", all.get(i), paste));
		}
		return new DiagnosisView(health(diagnosis), headline(diagnosis), diagnosis.format().displayName(), problems,
				diagnosis.problems().size() - problems.size(), values, all.size() - values.size(),
				List.copyOf(diagnosis.checks()), run.corrected().orElse(null),
				diagnosis.corrected().isPresent() && run.corrected().isEmpty(),
				diagnosis.corrected().map((recovered) -> List.copyOf(recovered.notRecovered())).orElse(List.of()));
	}

	private static ProblemView problem(Problem problem, int number, PasteLines paste) {
		Integer line = problem.line().isPresent() ? problem.line().getAsInt() : null;
		return new ProblemView("problem-" + number, problem.code().name(), problem.severity().id(),
				label(problem.severity()), line, problem.message(), problem.fix(),
				(line != null) ? paste.around(line) : List.of());
	}

	private static ValueView value(String option, ExtractedValue value, PasteLines paste) {
		String href = (value.hex().length() <= MAX_LINKED_HEX && value.hex().matches("[0-9A-Fa-f]*"))
				? "/decode?hex=" + URLEncoder.encode(value.hex(), StandardCharsets.UTF_8) : null;
		return new ValueView(option, value.hex(), href, value.where(), value.line(), value.vendorClass().orElse(null),
				value.wire().map(DiagnosisView::wire).orElse(null), paste.around(value.line()));
	}

	/** The reference's {@code wire} words, as a phone's administrator reads them. */
	private static String wire(String wire) {
		return switch (wire) {
			case "same" -> "this value";
			case "none" -> "nothing: not sent to the phone";
			case "EMPTY" -> "the option with length 0";
			default -> wire;
		};
	}

	static String label(Severity severity) {
		return switch (severity) {
			case ERROR -> "Error";
			case WARN -> "Warning";
			case INFO -> "Note";
		};
	}

	private static String health(Diagnosis diagnosis) {
		return diagnosis.healthy().map((healthy) -> healthy ? "healthy" : "unhealthy").orElse("unknown");
	}

	private static String headline(Diagnosis diagnosis) {
		if (diagnosis.healthy().isEmpty()) {
			return "Nothing about Lync / Skype for Business phones found: this paste cannot be judged";
		}
		long errors = count(diagnosis, Severity.ERROR);
		long warnings = count(diagnosis, Severity.WARN);
		long notes = count(diagnosis, Severity.INFO);
		if (diagnosis.healthy().get()) {
			return "Healthy: phones get their options 120 and 43"
					+ ((notes > 0) ? " (" + plural(notes, "note", "notes") + ")" : "");
		}
		List<String> parts = new ArrayList<>();
		if (errors > 0) {
			parts.add(plural(errors, "error", "errors"));
		}
		if (warnings > 0) {
			parts.add(plural(warnings, "warning", "warnings"));
		}
		if (notes > 0) {
			parts.add(plural(notes, "note", "notes"));
		}
		return "Problems found: " + String.join(", ", parts);
	}

	private static long count(Diagnosis diagnosis, Severity severity) {
		return diagnosis.problems().stream().filter((problem) -> problem.severity() == severity).count();
	}

	private static String plural(long count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

}
