package dev.ucdhcp.vendors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.ucdhcp.doctor.ConfigDoctor;
import dev.ucdhcp.doctor.Diagnosis;
import dev.ucdhcp.doctor.PasteFormat;
import dev.ucdhcp.doctor.Problem;
import dev.ucdhcp.doctor.ProblemCode;
import dev.ucdhcp.doctor.Recovered;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doctor reads every golden file the builder writes (all seven targets, sites too) as
 * healthy, and recovers inputs that render the very same file with the golden test's
 * permalink function: the doctor's corrected config for a correct config is that config.
 */
class DoctorRoundTripTest {

	private static final TargetRegistry TARGETS = new TargetRegistry();

	static Stream<Arguments> goldenFiles() {
		List<Arguments> files = new ArrayList<>();
		for (Target target : TARGETS.all()) {
			for (GoldenCases.Case goldenCase : GoldenCases.all()) {
				files.add(Arguments.of(target.id(), goldenCase));
			}
		}
		return files.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("goldenFiles")
	void goldenFileIsHealthyAndRendersAgainFromWhatTheDoctorRecovers(String vendor, GoldenCases.Case goldenCase)
			throws Exception {
		Target target = TARGETS.find(vendor).orElseThrow();
		String golden = Files.readString(GoldenCases.file(target, goldenCase), StandardCharsets.UTF_8);
		Diagnosis diagnosis = ConfigDoctor.diagnose(golden, Optional.empty());
		assertThat(diagnosis.format()).isEqualTo(PasteFormat.of(vendor).orElseThrow());
		if (vendor.equals("cisco") && goldenCase.name().equals("cisco-limit")) {
			// the builder itself warns (CISCO_HEX_LIMIT) that classic IOS cuts this value
			assertThat(diagnosis.problems()).extracting(Problem::code).containsExactly(ProblemCode.CISCO_43_OVER_180);
		}
		else {
			assertThat(diagnosis.problems()).as("problems").isEmpty();
			assertThat(diagnosis.healthy()).contains(true);
		}
		Recovered recovered = diagnosis.corrected().orElseThrow();
		assertThat(recovered.vendor()).isEqualTo(vendor);
		assertThat(recovered.inputs()).as("recovered inputs").isEqualTo(goldenCase.inputs());
		assertThat(recovered.notRecovered()).isEmpty();
		String rendered = target.render(GoldenCases.parse(recovered.inputs()), GoldenCases.permalinks(target));
		assertThat(rendered).isEqualTo(golden);
	}

}
