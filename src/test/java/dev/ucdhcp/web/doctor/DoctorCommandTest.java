package dev.ucdhcp.web.doctor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.ucdhcp.doctor.ConfigDoctor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code doctor} on the command line, without Spring: exit 0 healthy, 1 problems, 2
 * unreadable input or usage.
 */
class DoctorCommandTest {

	@TempDir
	private Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String stdin, String... args) {
		return new DoctorCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), "https://ucdhcp.example.net/")
			.run(args);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aHealthyFileExitsZeroAndPrintsItsCorrectedConfig() throws Exception {
		Path file = Files.writeString(this.directory.resolve("dhcpd.conf"), Pastes.golden("isc", "seed.conf"));
		assertThat(run("", file.toString())).isEqualTo(DoctorCommand.HEALTHY);
		assertThat(out())
			.startsWith(file + " read as ISC dhcpd.conf (isc)\nHealthy: phones get their options 120 and 43")
			.contains("permalink https://ucdhcp.example.net/?pool=lync.schertz.local&vendor=isc")
			.contains("----- 8< -----\n# ucdhcp: DHCP options 120 and 43");
		assertThat(err()).isEmpty();
	}

	@Test
	void problemsExitOneWithEachCodeItsQuotedLineAndItsFix() {
		assertThat(run(Pastes.brokenIsc("lync"), "-")).isEqualTo(DoctorCommand.PROBLEMS);
		assertThat(out()).startsWith("standard input read as ISC dhcpd.conf (isc)\nProblems found: ")
			.containsPattern("error ISC_NOT_AUTHORITATIVE \\(line \\d+\\)")
			.containsPattern("  > +\\d+ \\| option ms-uc-sip-server \"lync.schertz.local\";")
			.contains("  fix: ");
	}

	@Test
	void theFormatCanBeForced() {
		assertThat(run(Pastes.brokenIsc("lync"), "--format", "isc", "--json", "-")).isEqualTo(DoctorCommand.PROBLEMS);
		assertThat(out()).startsWith("{\"format\":\"isc\",\"healthy\":false,");
	}

	@Test
	void aPasteWhoseFormatCannotBeToldExitsTwoNamingTheFormats() {
		assertThat(run("hello world\n", "-")).isEqualTo(DoctorCommand.UNREADABLE);
		assertThat(err()).contains("netsh, powershell, winxml, isc, kea, cisco, mikrotik, dnsmasq");
		assertThat(out()).isEmpty();
	}

	@Test
	void aFileOverTheLimitExitsTwoAndOneAtTheLimitIsRead() throws Exception {
		String comment = "#" + "x".repeat(98) + "\n";
		String paste = Pastes.brokenIsc("lync");
		StringBuilder atLimit = new StringBuilder(paste);
		while (atLimit.length() + comment.length() <= ConfigDoctor.MAX_PASTE_BYTES) {
			atLimit.append(comment);
		}
		atLimit.append("#".repeat(ConfigDoctor.MAX_PASTE_BYTES - atLimit.length()));
		Path file = Files.writeString(this.directory.resolve("at-limit.conf"), atLimit);
		assertThat(Files.size(file)).isEqualTo(ConfigDoctor.MAX_PASTE_BYTES);
		assertThat(run("", file.toString())).isEqualTo(DoctorCommand.PROBLEMS);
		Path over = Files.writeString(this.directory.resolve("over.conf"), atLimit + "#");
		assertThat(run("", over.toString())).isEqualTo(DoctorCommand.UNREADABLE);
		assertThat(err()).contains("The paste is over 256 KiB");
	}

	@Test
	void usageErrorsExitTwo() {
		assertThat(run("")).isEqualTo(DoctorCommand.UNREADABLE);
		assertThat(err()).contains("FILE missing").contains("usage: java -jar ucdhcp.jar doctor");
		assertThat(run("", "--format", "bind9", "-")).isEqualTo(DoctorCommand.UNREADABLE);
		assertThat(err()).contains("--format: one of netsh, powershell");
		assertThat(run("", "a.conf", "b.conf")).isEqualTo(DoctorCommand.UNREADABLE);
		assertThat(run("", "--verbose", "a.conf")).isEqualTo(DoctorCommand.UNREADABLE);
		assertThat(run("", this.directory.resolve("missing.conf").toString())).isEqualTo(DoctorCommand.UNREADABLE);
		assertThat(err()).contains("cannot read").contains("NoSuchFileException");
	}

	@Test
	void helpExitsZero() {
		assertThat(run("", "--help")).isZero();
		assertThat(out()).contains("Exit: 0 healthy, 1 problems found");
	}

	@Test
	void controlCharactersOfThePasteAreNotPrinted() {
		assertThat(DoctorText.safe("a\u001b[2Jb\tc\u0085")).isEqualTo("a?[2Jb\tc?");
	}

}
