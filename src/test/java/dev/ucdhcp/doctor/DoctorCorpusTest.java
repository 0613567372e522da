package dev.ucdhcp.doctor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every paste of the corpus gets exactly the codes its expectations name, the extracted
 * hex and wire columns they name, and is recognised as its format without an override.
 */
class DoctorCorpusTest {

	static Stream<Corpus.Case> cases() {
		return Corpus.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void pasteGetsExactlyItsExpectedDiagnosis(Corpus.Case corpusCase) {
		Diagnosis diagnosis = ConfigDoctor.diagnose(corpusCase.text(), Optional.of(corpusCase.format()));
		List<String> codes = diagnosis.problems()
			.stream()
			.map((problem) -> problem.code().name())
			.distinct()
			.sorted()
			.toList();
		assertThat(codes).as("codes of " + corpusCase + ": " + diagnosis.problems())
			.isEqualTo(corpusCase.list("codes").stream().sorted().toList());
		assertThat(diagnosis.problems()).allSatisfy((problem) -> {
			assertThat(problem.message()).isNotBlank();
			assertThat(problem.fix()).isNotBlank();
		});
		String healthy = corpusCase.expect().getOrDefault("healthy", "");
		if (!healthy.isEmpty()) {
			assertThat(diagnosis.healthy().map(String::valueOf).orElse("null")).as("healthy").isEqualTo(healthy);
		}
		assertThat(diagnosis.option120().stream().map(ExtractedValue::hex).toList()).as("option120")
			.isEqualTo(corpusCase.list("option120"));
		assertThat(diagnosis.option43().stream().map(ExtractedValue::hex).toList()).as("option43")
			.isEqualTo(corpusCase.list("option43"));
		if (corpusCase.expect().containsKey("wire120")) {
			assertThat(wires(diagnosis.option120())).as("wire120").isEqualTo(corpusCase.list("wire120"));
		}
		if (corpusCase.expect().containsKey("wire43")) {
			assertThat(wires(diagnosis.option43())).as("wire43").isEqualTo(corpusCase.list("wire43"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void pasteIsRecognisedWithoutOverride(Corpus.Case corpusCase) {
		assertThat(ConfigDoctor.diagnose(corpusCase.text(), Optional.empty()).format()).isEqualTo(corpusCase.format());
	}

	@Test
	void corpusHasABrokenAndASilentPastePerCodeAndAHealthyPastePerFormat() {
		List<Corpus.Case> all = Corpus.all();
		for (ProblemCode code : ProblemCode.values()) {
			assertThat(all.stream().filter((c) -> c.list("codes").contains(code.name())).count())
				.as("pastes showing " + code)
				.isGreaterThanOrEqualTo(1);
			assertThat(all.stream().filter((c) -> c.list("nearMiss").contains(code.name())).count())
				.as("near misses for " + code)
				.isGreaterThanOrEqualTo(1);
		}
	}

	private static List<String> wires(List<ExtractedValue> values) {
		return values.stream().map((value) -> value.wire().orElse("-")).toList();
	}

}
