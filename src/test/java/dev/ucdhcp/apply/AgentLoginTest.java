package dev.ucdhcp.apply;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The password file is treated like ssh's private key, and plain http is named. */
class AgentLoginTest {

	private static final String PASSWORD = "Kea-agent-pw-4711";

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "rw-r-----", "rw----r--", "rw-rw----", "rw-----w-", "rwx--x---" })
	void refusesAPasswordFileThatGroupOrOthersMayOpen(String mode) throws Exception {
		Path file = Fixtures.passwordFile(this.dir.resolve("password"), PASSWORD + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

		assertThatIllegalArgumentException().isThrownBy(() -> login("http://127.0.0.1:8000/", file))
			.withMessageContaining("--password-file " + file + " may be opened by group or others (" + mode + ")")
			.withMessageContaining("chmod 600 " + file)
			.withMessageNotContaining(PASSWORD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "rw-------", "r--------" })
	void readsAPasswordFileOnlyItsOwnerMayOpen(String mode) throws Exception {
		Path file = Fixtures.passwordFile(this.dir.resolve("password"), PASSWORD + "\nsecond line\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

		assertThat(login("http://127.0.0.1:8000/", file)).get()
			.isEqualTo(new ControlAgent.Credentials("kea-admin", PASSWORD));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://kea.example.net:8000/", "http://192.0.2.10:8000/", "http://[2001:db8::1]:8000/",
			"http://128.0.0.1:8000/" })
	void warnsBeforeSendingThePasswordOverPlainHttpToAnotherHost(String agent) throws Exception {
		Path file = Fixtures.passwordFile(this.dir.resolve("password"), PASSWORD + "\n");

		assertThat(login(agent, file)).isPresent();
		assertThat(errors())
			.contains("apply: warning: --user sends the password to ", "over plain http://", "use https://")
			.doesNotContain(PASSWORD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8000/", "http://127.8.9.10:8000/", "http://localhost:8000/",
			"http://[::1]:8000/", "https://kea.example.net:8000/" })
	void doesNotWarnForLoopbackOrTls(String agent) throws Exception {
		Path file = Fixtures.passwordFile(this.dir.resolve("password"), PASSWORD + "\n");

		assertThat(login(agent, file)).isPresent();
		assertThat(errors()).isEmpty();
	}

	@Test
	void withoutAUserNothingIsReadOrSaid() {
		assertThat(AgentLogin.of(Optional.empty(), Optional.empty(), URI.create("http://kea.example.net:8000/"),
				new PrintStream(this.err, true, StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(errors()).isEmpty();
	}

	private Optional<ControlAgent.Credentials> login(String agent, Path file) {
		return AgentLogin.of(Optional.of("kea-admin"), Optional.of(file), URI.create(agent),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
