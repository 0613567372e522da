package dev.ucdhcp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.encoding.WarningCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's table of warning codes lists exactly the codes the product raises. */
class WarningCodeReadmeTest {

	private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)` \\|");

	@Test
	void readmeTableListsEveryWarningCode() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		int start = readme.indexOf("### Warning codes");
		assertThat(start).as("README section \"Warning codes\"").isNotNegative();
		int end = readme.indexOf("\n#", start + 1);
		Matcher row = ROW.matcher(readme.substring(start, (end < 0) ? readme.length() : end));
		List<String> listed = row.results().map((match) -> match.group(1)).toList();
		List<String> codes = Arrays.stream(WarningCode.values()).map(WarningCode::name).toList();
		assertThat(listed).containsExactlyInAnyOrderElementsOf(codes);
	}

}
