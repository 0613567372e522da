package dev.ucdhcp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dockerfile, read as text (no Docker daemon here): pinned Temurin 25 images, a
 * non-root numeric user that matches the Kubernetes securityContext, a HEALTHCHECK, and
 * the JVM flags shared with the benchmark. bench/startup.sh executes its RUN steps.
 */
class ContainerImageTest {

	private static List<String> lines;

	@BeforeAll
	static void read() throws IOException {
		lines = Files.readAllLines(Path.of("Dockerfile"));
	}

	@Test
	void buildsOnTheTemurinJdkAndRunsOnTheTemurinJreOfJava25PinnedByTag() {
		assertThat(instructions("FROM")).containsExactly("eclipse-temurin:25-jdk AS build", "eclipse-temurin:25-jre");
	}

	@Test
	void buildsWithTheProjectsMavenWrapper() {
		assertThat(instructions("RUN")).anyMatch((run) -> run.contains("./mvnw") && run.contains(" package"));
	}

	@Test
	void runsAsTheNonRootUserTheDeploymentExpects() throws IOException {
		List<String> users = instructions("USER");
		assertThat(users).hasSize(1);
		Matcher user = Pattern.compile("(\\d+):(\\d+)").matcher(users.get(0));
		assertThat(user.matches()).as("numeric uid:gid, so Kubernetes can check runAsNonRoot").isTrue();
		assertThat(Integer.parseInt(user.group(1))).isPositive();
		assertThat(Files.readString(Path.of("deploy/kubernetes/deployment.yaml")))
			.contains("runAsUser: " + user.group(1));
	}

	@Test
	void checksReadinessWithTheScriptItShips() {
		assertThat(instructions("HEALTHCHECK")).singleElement().asString().contains("/app/healthcheck.sh");
		assertThat(Path.of("deploy/healthcheck.sh")).isRegularFile();
		assertThat(instructions("COPY")).anyMatch((copy) -> copy.contains("deploy/healthcheck.sh"));
	}

	@Test
	void startsFromTheAotCacheWithTheSharedJvmOptions() {
		assertThat(instructions("ENTRYPOINT"))
			.containsExactly("[\"java\", \"@jvm.options\", \"-XX:AOTCache=app.aot\", \"-jar\", \"ucdhcp.jar\"]");
		assertThat(instructions("RUN"))
			.anyMatch((run) -> run.startsWith("java @jvm.options -XX:AOTCacheOutput=app.aot"))
			.anyMatch((run) -> run.startsWith("java -Djarmode=tools -jar /tmp/ucdhcp.jar extract --destination /app"));
		assertThat(Path.of("deploy/jvm.options")).isRegularFile();
	}

	@Test
	void trainsTheAotCacheOnServedRequestsNotOnAStartThatExitsAtRefresh() {
		assertThat(instructions("RUN")).filteredOn((run) -> run.contains("-XX:AOTCacheOutput"))
			.singleElement()
			.asString()
			.contains("-Ducdhcp.training-run=true", "-Dserver.port=0", "-Dserver.address=127.0.0.1",
					"-Dmanagement.server.port=0")
			.doesNotContain("spring.context.exit");
	}

	@Test
	void exposesTheAppAndManagementPortsTheDeploymentUses() throws IOException {
		assertThat(instructions("EXPOSE")).containsExactly("8080 8081");
		assertThat(instructions("ENV")).contains("PORT=8080", "MANAGEMENT_PORT=8081", "MALLOC_ARENA_MAX=2");
		assertThat(Files.readString(Path.of("bench/lib.sh"))).contains("MALLOC_ARENA_MAX=2");
		assertThat(Files.readString(Path.of("deploy/kubernetes/deployment.yaml"))).contains("containerPort: 8080")
			.contains("containerPort: 8081");
		assertThat(Files.readString(Path.of("deploy/healthcheck.sh"))).contains("${MANAGEMENT_PORT:-8081}");
	}

	@Test
	void dockerignoreKeepsBuildOutputOutOfTheContext() throws IOException {
		List<String> ignore = Files.readAllLines(Path.of(".dockerignore"));
		assertThat(ignore).contains("*").doesNotContain("!target/", "!.git/");
	}

	/** Arguments of every instruction with this keyword, continuation lines joined. */
	private static List<String> instructions(String keyword) {
		String joined = String.join("\n", lines).replace("\\\n", " ");
		return joined.lines()
			.filter((line) -> line.startsWith(keyword + " "))
			.map((line) -> line.substring(keyword.length() + 1).strip())
			.toList();
	}

}
