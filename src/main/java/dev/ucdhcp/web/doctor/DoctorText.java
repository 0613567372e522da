package dev.ucdhcp.web.doctor;

import java.util.List;
import java.util.Locale;

import dev.ucdhcp.doctor.Diagnosis;
import dev.ucdhcp.doctor.ExtractedValue;
import dev.ucdhcp.doctor.Problem;

/**
 * The diagnosis as the {@code doctor} command prints it: the page's content in plain
 * text, every problem (no cap: a terminal pages itself) with its quoted lines. Control
 * characters of the paste are printed as {@code ?}, so a file cannot drive the terminal.
 */
final class DoctorText {

	private final StringBuilder text = new StringBuilder();

	private DoctorText() {
	}

	static String of(String file, DoctorRun run, PasteLines paste) {
		DoctorText printed = new DoctorText();
		Diagnosis diagnosis = run.diagnosis();
		printed.line(("-".equals(file) ? "standard input" : safe(file)) + " read as " + diagnosis.format().displayName()
				+ " (" + diagnosis.format().id() + ")");
		printed.line(DiagnosisView.of(run, paste).headline());
		diagnosis.problems().forEach((problem) -> printed.problem(problem, paste));
		printed.values(diagnosis);
		if (!diagnosis.checks().isEmpty()) {
			printed.line("").line("What a paste cannot show:");
			diagnosis.checks().forEach((check) -> printed.line("  - " + safe(check)));
		}
		printed.corrected(run);
		return printed.text.toString();
	}

	private void problem(Problem problem, PasteLines paste) {
		line("").line(DiagnosisView.label(problem.severity()).toLowerCase(Locale.ROOT) + " " + problem.code().name()
				+ (problem.line().isPresent() ? " (line " + problem.line().getAsInt() + ")" : ""));
		line("  " + safe(problem.message()));
		if (problem.line().isPresent()) {
			quote(paste.around(problem.line().getAsInt()));
		}
		line("  fix: " + safe(problem.fix()));
	}

	private void quote(List<PasteLines.Line> lines) {
		for (PasteLines.Line quoted : lines) {
			line(String.format("  %s %5d | %s", quoted.concerned() ? ">" : " ", quoted.number(), safe(quoted.text())));
		}
	}

	private void values(Diagnosis diagnosis) {
		if (diagnosis.option120().isEmpty() && diagnosis.option43().isEmpty()) {
			return;
		}
		line("").line("Values found:");
		diagnosis.option120().forEach((value) -> value("120", value));
		diagnosis.option43().forEach((value) -> value("43", value));
	}

	private void value(String option, ExtractedValue value) {
		line("  option " + option + " " + value.hex());
		line("    " + safe(value.where()) + ", line " + value.line()
				+ value.vendorClass().map((vendorClass) -> ", vendor class " + safe(vendorClass)).orElse("")
				+ value.wire().map((wire) -> ", a phone receives " + safe(wire)).orElse(""));
	}

	private void corrected(DoctorRun run) {
		run.diagnosis().corrected().ifPresent((recovered) -> {
			if (!recovered.notRecovered().isEmpty()) {
				line("").line("Not recovered (fill these in yourself):");
				recovered.notRecovered().forEach((missing) -> line("  - " + safe(missing)));
			}
		});
		run.corrected().ifPresent((corrected) -> {
			line("").line("Corrected config for " + corrected.vendorName() + " (" + corrected.fileName() + "):");
			line("  permalink " + corrected.permalink());
			line("----- 8< -----");
			this.text.append(corrected.config());
			if (!corrected.config().endsWith("\n")) {
				this.text.append('\n');
			}
			line("----- >8 -----");
		});
	}

	private DoctorText line(String line) {
		this.text.append(line).append('\n');
		return this;
	}

	/** Tabs stay; every other control character becomes {@code ?}. */
	static String safe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints()
			.forEach((c) -> safe.appendCodePoint((c != '\t' && (c < 0x20 || (c >= 0x7F && c < 0xA0))) ? '?' : c));
		return safe.toString();
	}

}
