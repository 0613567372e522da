package dev.ucdhcp.encoding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.support.RandomInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every way a permalink is written reads back as the inputs and the target it was written
 * for, and those inputs give the same provisioning again: seeded random inputs, sites
 * included, on every target.
 */
class PermalinkTest {

	private static final List<String> VENDORS = List.of("netsh", "powershell", "isc", "kea", "cisco", "mikrotik",
			"dnsmasq");

	private static final String BASE = "https://ucdhcp.example.com";

	@Test
	void everyWrittenFormReadsBackAsItsInputsOnEveryTarget() {
		List<Map<String, String>> samples = RandomInputs.samples(20261206L, 3000, RandomInputs::provisioningInputs)
			.toList();
		int sites = 0;
		for (int i = 0; i < samples.size(); i++) {
			PhoneProvisioning provisioning = ProvisioningInputs.parse(samples.get(i)).provisioning().orElseThrow();
			sites += provisioning.sites().isEmpty() ? 0 : 1;
			String vendor = VENDORS.get(i % VENDORS.size());
			Permalink written = Permalink.of(provisioning, vendor);
			for (String link : List.of(written.query(), written.relative(), written.page(BASE),
					written.absolute(BASE))) {
				Permalink read = Permalink.read(link);
				assertThat(read).as("sample %d: %s", i, link).isEqualTo(written);
				assertThat(read.vendor()).contains(vendor);
				assertThat(ProvisioningInputs.parse(read.inputs()).provisioning()).as("sample %d: %s", i, link)
					.contains(provisioning);
			}
		}
		assertThat(sites).as("samples with sites").isGreaterThan(500);
	}

	@Test
	void inputsAsTypedReadBackStrippedWithBlanksLeftOut() {
		RandomInputs random = new RandomInputs(7);
		for (int i = 0; i < 2000; i++) {
			Map<String, String> typed = new LinkedHashMap<>();
			for (String name : ProvisioningInputs.NAMES) {
				if (random.nextInt(2) == 0) {
					typed.put(name, hostile(random));
				}
			}
			typed.put("colour", "red");
			Permalink written = Permalink.of(typed, (i % 3 == 0) ? Optional.empty() : Optional.of(hostile(random)));
			Map<String, String> expected = new LinkedHashMap<>();
			typed.forEach((name, value) -> {
				if (ProvisioningInputs.NAMES.contains(name) && !value.isBlank()) {
					expected.put(name, value.strip());
				}
			});
			assertThat(written.inputs()).isEqualTo(expected);
			assertThat(List.copyOf(written.inputs().keySet())).as("the contract's order")
				.isEqualTo(ProvisioningInputs.NAMES.stream().filter(expected::containsKey).toList());
			for (String link : List.of(written.relative(), written.absolute(BASE), written.query())) {
				assertThat(Permalink.read(link)).as(link).isEqualTo(written);
			}
			Permalink cisco = Permalink.of(typed, Optional.of("cisco"));
			assertThat(Permalink.read(cisco.absolute(BASE))).as("the path form").isEqualTo(cisco);
		}
	}

	@Test
	void writesTheContractsOrderDefaultsLeftOutTheVendorLast() {
		PhoneProvisioning provisioning = ProvisioningInputs
			.parse(Map.of("sites", "berlin,10.20.30.0/24\nparis,10.20.40.0/24", "port", "443", "pool",
					"lync.schertz.local", "path", "/a&b"))
			.provisioning()
			.orElseThrow();
		Permalink permalink = Permalink.of(provisioning, "cisco");

		assertThat(permalink.query())
			.isEqualTo("pool=lync.schertz.local&path=%2Fa%26b&sites=berlin%2C10.20.30.0%2F24%0Aparis%2C10.20.40.0%2F24"
					+ "&vendor=cisco");
		assertThat(permalink.relative()).isEqualTo("/?" + permalink.query());
		assertThat(permalink.absolute(BASE)).as("no ? for a Cisco file")
			.isEqualTo(BASE + "/p/pool=lync.schertz.local&path=%252Fa%2526b&sites=berlin%252C10.20.30.0%252F24"
					+ "%250Aparis%252C10.20.40.0%252F24&vendor=cisco");
		assertThat(Permalink.of(provisioning, "kea").absolute(BASE))
			.isEqualTo(BASE + "/?" + Permalink.of(provisioning, "kea").query());
		assertThat(Permalink.of(Map.of(), Optional.empty()).relative()).as("no inputs, no target").isEqualTo("/");
	}

	@Test
	void readsTheWholeAddressItsQueryOrThePathFormAndSkipsWhatOnlyThePageUses() {
		Permalink expected = new Permalink(Map.of("pool", "lync.schertz.local", "path", "/a%b"), Optional.of("kea"));
		assertThat(Permalink.read(
				" https://ucdhcp.example/?pool=lync.schertz.local&path=%2Fa%25b&topology=pool" + "&vendor=kea#result "))
			.isEqualTo(expected);
		assertThat(Permalink.read("pool=lync.schertz.local&&path=%2Fa%25b&vendor=kea")).isEqualTo(expected);
		assertThat(Permalink.read("https://ucdhcp.example/p/pool=lync.schertz.local&path=%252Fa%2525b&vendor=kea"))
			.isEqualTo(expected);
		assertThat(Permalink.queryOfPathForm("/p/pool=a.b%2526c")).isEqualTo("pool=a.b%26c");
	}

	@Test
	void refusesUnknownRepeatedOrBrokenParameters() {
		assertThatIllegalArgumentException().isThrownBy(() -> Permalink.read("pool=a.b&colour=red"))
			.withMessage(
					"unknown input \"colour\"; the page's inputs are " + String.join(", ", ProvisioningInputs.NAMES));
		assertThatIllegalArgumentException().isThrownBy(() -> Permalink.read("pool=a.b&pool=c.d"))
			.withMessage("pool is given twice");
		assertThatIllegalArgumentException().isThrownBy(() -> Permalink.read("pool=a%2"))
			.withMessage("a %-escape is broken; copy the link again");
		assertThatIllegalArgumentException().isThrownBy(() -> Permalink.read("pool%0A=a.b"))
			.withMessageContaining("unknown input \"pool?\"");
		assertThatIllegalArgumentException().isThrownBy(() -> Permalink.queryOfPathForm("/x/pool=a.b"));
	}

	/**
	 * A value with the characters that end a line, a string or a URL part, spaces around.
	 */
	private static String hostile(RandomInputs random) {
		StringBuilder value = new StringBuilder((random.nextInt(4) == 0) ? " " : "");
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			value.append((random.nextInt(2) == 0) ? random.hostile() : (char) ('a' + random.nextInt(26)));
		}
		return value.append((random.nextInt(4) == 0) ? "\t" : "").toString();
	}

}
