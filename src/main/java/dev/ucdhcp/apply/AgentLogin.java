package dev.ucdhcp.apply;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The agent's basic-auth login, read the way ssh reads a private key: a password file
 * that group or others may open is refused, since anyone who can read it can reconfigure
 * the DHCP server. A password sent over plain {@code http://} to another host is readable
 * by everyone on the path, so apply says so before it sends it.
 */
final class AgentLogin {

	/** A password file is one short line; anything longer is not one. */
	static final int MAX_PASSWORD_FILE_BYTES = 1024;

	/** ssh refuses a private key with any of these ({@code mode & 077}). */
	private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	private AgentLogin() {
	}

	/**
	 * The credentials, if a user is given; warns on {@code err} before a password would
	 * cross the network unencrypted.
	 * @throws IllegalArgumentException when the password file is unfit (a usage error)
	 */
	static Optional<ControlAgent.Credentials> of(Optional<String> user, Optional<Path> passwordFile, URI agent,
			PrintStream err) {
		if (user.isEmpty()) {
			return Optional.empty();
		}
		String password = password(passwordFile.orElseThrow());
		if ("http".equals(agent.getScheme()) && !loopback(agent.getHost())) {
			err.println("apply: warning: --user sends the password to " + agent.getHost() + " over plain http://:"
					+ " anyone on the path can read it and reconfigure the server. Give the agent TLS and use"
					+ " https://, or run apply on the Kea host against http://127.0.0.1.");
		}
		return Optional.of(new ControlAgent.Credentials(user.get(), password));
	}

	private static String password(Path file) {
		try {
			closedToOthers(file);
			if (Files.size(file) > MAX_PASSWORD_FILE_BYTES) {
				throw new IllegalArgumentException(
						"--password-file " + file + " is larger than " + MAX_PASSWORD_FILE_BYTES + " bytes");
			}
			String password = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
			if (password.isEmpty()) {
				throw new IllegalArgumentException("--password-file " + file + " has no password on its first line");
			}
			return password;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read --password-file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void closedToOthers(Path file) throws IOException {
		Set<PosixFilePermission> permissions;
		try {
			permissions = Files.getPosixFilePermissions(file);
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): access is an ACL matter there
			return;
		}
		if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
			throw new IllegalArgumentException("--password-file " + file + " may be opened by group or others ("
					+ PosixFilePermissions.toString(permissions) + "): run chmod 600 " + file
					+ ". Like ssh with a private key, apply uses no password that others can read.");
		}
	}

	/** Loopback by its spelling only: resolving a name would wait on DNS. */
	static boolean loopback(String host) {
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		return "localhost".equalsIgnoreCase(bare) || bare.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}")
				|| "::1".equals(bare) || bare.matches("(0{1,4}:){7}0{0,3}1");
	}

}
