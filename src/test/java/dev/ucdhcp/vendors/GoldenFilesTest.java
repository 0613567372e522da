package dev.ucdhcp.vendors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every target's whole output for the golden cases, compared with the reviewed files in
 * {@code src/test/resources/golden/<vendor>/<case>.<ext>}. To change them on purpose:
 * {@code ./mvnw test -Dtest=GoldenFilesTest -Dgolden.update=true}, then review
 * {@code git diff src/test/resources/golden}.
 */
class GoldenFilesTest {

	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	static List<Arguments> targetsAndCases() {
		List<Arguments> arguments = new ArrayList<>();
		for (Target target : new TargetRegistry().all()) {
			for (GoldenCases.Case goldenCase : GoldenCases.all()) {
				arguments.add(Arguments.of(target, goldenCase));
			}
		}
		return arguments;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("targetsAndCases")
	void rendersTheReviewedGoldenFile(Target target, GoldenCases.Case goldenCase) throws IOException {
		String rendered = target.render(goldenCase.provisioning(), GoldenCases.permalinks(target));
		Path golden = GoldenCases.file(target, goldenCase);
		if (UPDATE) {
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, rendered, StandardCharsets.UTF_8);
		}
		assertThat(golden).as("golden file; create it on purpose with -Dgolden.update=true").exists();
		assertThat(rendered).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
	}

}
