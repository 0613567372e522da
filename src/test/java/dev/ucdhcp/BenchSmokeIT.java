package dev.ucdhcp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.ucdhcp.support.RealParts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench/run.sh --smoke works end to end: starts the packaged app, drives every route with
 * wrk and prints the table. Asserts nothing about speed: this machine is shared.
 */
class BenchSmokeIT {

	@Test
	void smokeRunPrintsEveryRouteAgainstTheStaticBaseline() throws Exception {
		RealParts.requireExecutable("/usr/bin/wrk", "wrk");
		RealParts.requireExecutable("/usr/bin/curl", "curl");
		assertThat(Path.of("target/ucdhcp.jar")).as("packaged before integration tests").isRegularFile();
		Path log = Files.createTempFile("bench-smoke", ".txt");
		try {
			Process bench = new ProcessBuilder("bash", "bench/run.sh", "--smoke").redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			boolean finished = bench.waitFor(6, TimeUnit.MINUTES);
			if (!finished) {
				bench.destroy();
				bench.waitFor(15, TimeUnit.SECONDS);
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			assertThat(finished).as(output).isTrue();
			assertThat(bench.exitValue()).as(output).isZero();
			assertThat(output).contains("JVM start -> first 200", "RSS after warm-up", "x static")
				.containsPattern("(?m)^static +/app-[0-9a-f]+\\.css .* 1\\.00$")
				.containsPattern("(?m)^options +/api/v1/options\\?")
				.containsPattern("(?m)^kea +/api/v1/config/kea\\?")
				.containsPattern("(?m)^page +/\\?pool=")
				.containsPattern("(?m)^page-new +/\\?pool=")
				.containsPattern("(?m)^fragment-new +/\\?pool=")
				.containsPattern("(?m)^options-new +/api/v1/options\\?")
				.containsPattern("(?m)^options-sites-new +/api/v1/options\\?.*50 sites")
				.containsPattern("(?m)^kea-sites-new +/api/v1/config/kea\\?.*50 sites")
				.containsPattern("(?m)^doctor +POST /api/v1/doctor \\(25\\d KiB dhcpd.conf\\)");
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

}
