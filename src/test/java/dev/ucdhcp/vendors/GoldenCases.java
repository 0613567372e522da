package dev.ucdhcp.vendors;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.Queries;

/** The inputs behind the golden files, and where those files live. */
final class GoldenCases {

	/**
	 * Source folder, so that {@code -Dgolden.update=true} rewrites the reviewed files.
	 */
	static final Path ROOT = Path.of("src", "test", "resources", "golden");

	/**
	 * Three branch sites: an SBA by name, an SBA by address, and one on the central rule.
	 */
	static final String SITES = "berlin,10.20.30.0/24,sba01.berlin.schertz.local\nparis,10.20.40.0/24,192.0.2.5\n"
			+ "hq,10.1.0.0/16";

	private GoldenCases() {
	}

	record Case(String name, Map<String, String> inputs) {

		PhoneProvisioning provisioning() {
			return parse(this.inputs);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	static List<Case> all() {
		return List.of(new Case("seed", inputs("pool", "lync.schertz.local")),
				new Case("director", inputs("pool", "lync.schertz.local", "director", "lyncdir.schertz.local")),
				new Case("sba-scope",
						inputs("pool", "lync.schertz.local", "sba", "sba01.branch.schertz.local", "scope",
								"10.10.20.0/24")),
				new Case("cisco-limit", inputs("pool", "lync.schertz.local", "web", "lyncwebint01.pool.schertz.corp")),
				new Case("extras",
						inputs("pool", "lync.schertz.local", "ntp", "10.10.10.10,10.10.10.11", "vlan", "100")),
				new Case("sites", inputs("pool", "lync.schertz.local", "ntp", "10.10.10.10", "sites", SITES)),
				new Case("address", inputs("pool", "192.0.2.10,192.0.2.11", "web", "lyncweb.schertz.local")));
	}

	static Map<String, String> inputs(String... pairs) {
		Map<String, String> inputs = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			inputs.put(pairs[i], pairs[i + 1]);
		}
		return inputs;
	}

	static PhoneProvisioning parse(Map<String, String> inputs) {
		ProvisioningInputs.Parsed parsed = ProvisioningInputs.parse(inputs);
		return parsed.provisioning()
			.orElseThrow(() -> new IllegalArgumentException(inputs + " is invalid: " + parsed.fieldErrors()));
	}

	/** Every permalink of a render, as the web layer builds them. */
	static Function<PhoneProvisioning, String> permalinks(Target target) {
		return (provisioning) -> Queries.permalink(provisioning, target);
	}

	static String extension(Target target) {
		String fileName = target.fileName();
		return fileName.substring(fileName.lastIndexOf('.') + 1);
	}

	static Path file(Target target, Case goldenCase) {
		return ROOT.resolve(target.id()).resolve(goldenCase.name() + "." + extension(target));
	}

}
