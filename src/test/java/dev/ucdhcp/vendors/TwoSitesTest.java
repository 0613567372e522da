package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sites' files, pasted onto one server or router, never overwrite each other: every
 * object a target names per site is named differently, and so are the files.
 */
class TwoSitesTest {

	private static final TargetRegistry TARGETS = new TargetRegistry();

	static List<Arguments> targetsAndPairs() {
		List<Arguments> arguments = new ArrayList<>();
		for (TwoSites pair : TwoSites.generate(20261202L, 40)) {
			for (Target target : TARGETS.all()) {
				arguments.add(Arguments.of(target, pair));
			}
		}
		return arguments;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("targetsAndPairs")
	void twoSitesShareNoObjectName(Target target, TwoSites pair) {
		List<String> first = TwoSites.objectNames(target, target.render(pair.first(), GoldenCases.permalinks(target)));
		List<String> second = TwoSites.objectNames(target,
				target.render(pair.second(), GoldenCases.permalinks(target)));

		assertThat(first).as("names in the first file").isNotEmpty();
		assertThat(second).as("names in the second file").isNotEmpty();
		assertThat(first).doesNotContainAnyElementsOf(second);
		assertThat(target.fileName(pair.first())).isNotEqualTo(target.fileName(pair.second()));
	}

}
