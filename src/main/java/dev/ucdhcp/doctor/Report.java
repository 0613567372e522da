package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/** The problems found so far, at most {@link Limits#MAX_PROBLEMS}, each once. */
final class Report {

	private final List<Problem> problems = new ArrayList<>();

	void add(ProblemCode code, int line, String message, String fix) {
		if (this.problems.size() >= Limits.MAX_PROBLEMS) {
			return;
		}
		OptionalInt at = line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
		Problem problem = new Problem(code, code.severity(), at, message, fix);
		if (!this.problems.contains(problem)) {
			this.problems.add(problem);
		}
	}

	boolean has(ProblemCode code) {
		return this.problems.stream().anyMatch((problem) -> problem.code() == code);
	}

	/** Errors first, then by line, as the page lists them. */
	List<Problem> problems() {
		return this.problems.stream()
			.sorted(Comparator.comparing(Problem::severity)
				.thenComparingInt((Problem problem) -> problem.line().orElse(0)))
			.toList();
	}

}
