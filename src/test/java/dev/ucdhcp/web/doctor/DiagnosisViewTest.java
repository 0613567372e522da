package dev.ucdhcp.web.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.ucdhcp.doctor.Diagnosis;
import dev.ucdhcp.doctor.ExtractedValue;
import dev.ucdhcp.doctor.PasteFormat;
import dev.ucdhcp.doctor.Problem;
import dev.ucdhcp.doctor.ProblemCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's bounds on what a 256 KiB paste can produce: at most 100 problems and 100
 * values shown, the rest counted; a decoder link only for hex an option can hold.
 */
class DiagnosisViewTest {

	private static DiagnosisView view(int problems, int values, String hex) {
		List<Problem> found = new ArrayList<>();
		StringBuilder paste = new StringBuilder();
		for (int i = 1; i <= problems; i++) {
			found.add(new Problem(ProblemCode.GLOBAL_43_HITS_ALL_CLIENTS,
					ProblemCode.GLOBAL_43_HITS_ALL_CLIENTS.severity(), OptionalInt.of(i), "message " + i, "fix " + i));
			paste.append("line ").append(i).append('\n');
		}
		List<ExtractedValue> option43 = new ArrayList<>();
		for (int i = 1; i <= values; i++) {
			option43
				.add(new ExtractedValue(hex, "scope 192.0.2.0/24", i, Optional.of("MS-UC-Client"), Optional.empty()));
		}
		Diagnosis diagnosis = new Diagnosis(PasteFormat.ISC, Optional.of(false), found, List.of(), option43, List.of(),
				Optional.empty());
		return DiagnosisView.of(new DoctorRun(diagnosis, Optional.empty()), new PasteLines(paste.toString()));
	}

	@Test
	void showsAHundredProblemsAndCountsTheRest() {
		DiagnosisView hundred = view(100, 0, "01");
		assertThat(hundred.problems()).hasSize(100);
		assertThat(hundred.moreProblems()).isZero();
		DiagnosisView more = view(101, 0, "01");
		assertThat(more.problems()).hasSize(100);
		assertThat(more.moreProblems()).isEqualTo(1);
		assertThat(more.problems().get(99).quote()).extracting(PasteLines.Line::text)
			.containsExactly("line 99", "line 100", "line 101");
		assertThat(more.headline()).isEqualTo("Problems found: 101 warnings");
	}

	@Test
	void showsAHundredValuesAndCountsTheRest() {
		assertThat(view(0, 100, "01").values()).hasSize(100);
		DiagnosisView more = view(0, 101, "01");
		assertThat(more.values()).hasSize(100);
		assertThat(more.moreValues()).isEqualTo(1);
	}

	@Test
	void linksHexToTheDecoderUpTo255Bytes() {
		String longest = "AB".repeat(255);
		assertThat(view(0, 1, longest).values().get(0).decodeHref()).isEqualTo("/decode?hex=" + longest);
		assertThat(view(0, 1, longest + "AB").values().get(0).decodeHref()).isNull();
	}

}
