package dev.ucdhcp.apply;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import tools.jackson.databind.JsonNode;

/** Configurations as Kea 2.2's config-get returned them, and inputs for the merge. */
final class Fixtures {

	static final Instant AT = Instant.parse("2026-12-02T01:00:00Z");

	/** A branch site's inputs: its SBA and its scope on 198.51.100.0/24. */
	static final Map<String, String> BRANCH = Map.of("pool", "lync.schertz.local", "sba", "sba01.branch.schertz.local",
			"scope", "198.51.100.0/24");

	private Fixtures() {
	}

	/** {@code src/test/resources/apply/NAME}: its {@code Dhcp4} object. */
	static JsonNode dhcp4(String name) {
		return JsonText.parse(text(name)).required("Dhcp4");
	}

	static String text(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/apply/" + name)) {
			if (in == null) {
				throw new IllegalStateException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A password file as an admin keeps one: readable by its owner only. */
	static Path passwordFile(Path file, String content) {
		try {
			Files.writeString(file, content, StandardCharsets.UTF_8);
			return Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PhoneProvisioning provisioning(Map<String, String> raw) {
		return ProvisioningInputs.parse(raw).provisioning().orElseThrow();
	}

	static RenderedKea rendered(Map<String, String> raw) {
		PhoneProvisioning provisioning = provisioning(raw);
		return RenderedKea.of(provisioning, ApplyPlan.permalink(provisioning));
	}

	static ApplyMark mark(Map<String, String> raw) {
		return new ApplyMark(AT, ApplyPlan.permalink(provisioning(raw)));
	}

	static Dhcp4Merge.Outcome apply(JsonNode server, Map<String, String> raw) {
		return Dhcp4Merge.apply(server, rendered(raw), mark(raw));
	}

}
