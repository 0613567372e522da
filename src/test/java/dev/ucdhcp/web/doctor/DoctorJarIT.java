package dev.ucdhcp.web.doctor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar ucdhcp.jar doctor} from the packaged jar: the exit codes of the
 * contract, and no Spring context started (no banner, no start-up log, no port).
 */
class DoctorJarIT {

	@TempDir
	private Path directory;

	private record Run(int exit, String out, String err) {
	}

	private Run doctor(String... args) throws Exception {
		Path jar = Path.of("target/ucdhcp.jar");
		assertThat(jar).as("packaged before integration tests").isRegularFile();
		Path out = this.directory.resolve("out.txt");
		Path err = this.directory.resolve("err.txt");
		String[] command = new String[args.length + 4];
		command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		command[1] = "-jar";
		command[2] = jar.toString();
		command[3] = "doctor";
		System.arraycopy(args, 0, command, 4, args.length);
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		boolean finished = process.waitFor(60, TimeUnit.SECONDS);
		if (!finished) {
			// a jar without the command starts the web app instead: never leave it
			// running
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		assertThat(finished).as("doctor finished within 60 s").isTrue();
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	@Test
	void exitsZeroOneAndTwoWithoutStartingSpring() throws Exception {
		Path healthy = Files.writeString(this.directory.resolve("seed.conf"), Pastes.golden("kea", "seed.json"));
		Path broken = Files.writeString(this.directory.resolve("broken.conf"), Pastes.brokenIsc("lync"));
		Run ok = doctor(healthy.toString());
		assertThat(ok.exit()).isZero();
		assertThat(ok.out()).contains("read as Kea").contains("Healthy");
		Run problems = doctor("--json", broken.toString());
		assertThat(problems.exit()).isEqualTo(1);
		assertThat(problems.out()).startsWith("{\"format\":\"isc\",\"healthy\":false,");
		Run unreadable = doctor(this.directory.resolve("missing.conf").toString());
		assertThat(unreadable.exit()).isEqualTo(2);
		for (Run run : new Run[] { ok, problems, unreadable }) {
			assertThat(run.out() + run.err()).doesNotContain("Starting UcdhcpApplication")
				.doesNotContain("Tomcat")
				.doesNotContain(":: Spring Boot ::");
		}
	}

}
