package dev.ucdhcp.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.RandomInputs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A permalink made today renders the same config after every upgrade. The corpus under
 * {@code src/test/resources/permalinks} holds the golden cases on every target and 100
 * seeded random permalinks (targets in turn) with the exact bodies of
 * {@code /api/v1/config/{vendor}} and {@code /api/v1/options}; each stored URL is asked
 * again and must answer byte for byte the same.
 * <p>
 * A deliberate change (a fix) regenerates the corpus with
 * {@code ./mvnw -o test -Dtest=PermalinkCorpusTest -Dpermalinks.regenerate=true} and adds
 * the new corpus digest to a CHANGELOG.md entry that says why; the digest check makes a
 * silent regeneration fail.
 */
@WebSlice
@TestPropertySource(properties = "ucdhcp.base-url=http://localhost:8080")
class PermalinkCorpusTest {

	static final Path CORPUS = Path.of("src", "test", "resources", "permalinks", "corpus.jsonl");

	private static final List<String> VENDORS = List.of("netsh", "powershell", "isc", "kea", "cisco", "mikrotik",
			"dnsmasq");

	private static final long SEED = 20261202L;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One stored answer: the URL a permalink leads to and the body it gave. */
	record Entry(String name, String url, String body) {
	}

	@Autowired
	private MockMvc mvc;

	@Test
	void everyStoredPermalinkStillRendersTheSameBody() throws Exception {
		if (Boolean.getBoolean("permalinks.regenerate")) {
			regenerate();
		}
		List<Entry> stored = read();
		assertThat(stored).hasSizeGreaterThanOrEqualTo(2 * (5 * VENDORS.size() + 100));
		List<String> changed = new ArrayList<>();
		for (Entry entry : stored) {
			if (!entry.body().equals(body(entry.url()))) {
				changed.add(entry.name() + " " + entry.url());
			}
		}
		assertThat(changed)
			.as("permalinks whose body changed; if on purpose, regenerate (see this class) and"
					+ " list the change in CHANGELOG.md")
			.isEmpty();
	}

	@Test
	void theCorpusInUseIsListedInTheChangelog() throws Exception {
		String changelog = Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8);
		assertThat(changelog).as("CHANGELOG.md names the permalink corpus digest; regenerating changes it")
			.contains("permalink corpus " + digest());
	}

	static String digest() throws IOException, NoSuchAlgorithmException {
		byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(CORPUS));
		return HexFormat.of().formatHex(sha, 0, 6);
	}

	private void regenerate() throws Exception {
		List<String> lines = new ArrayList<>();
		for (Map.Entry<String, String> permalink : permalinks().entrySet()) {
			String query = permalink.getValue();
			String vendor = query.substring(query.lastIndexOf("vendor=") + "vendor=".length());
			for (String url : List.of("/api/v1/config/" + vendor + "?" + query, "/api/v1/options?" + query)) {
				lines.add(JSON.writeValueAsString(new Entry(permalink.getKey(), url, body(url))));
			}
		}
		Files.createDirectories(CORPUS.getParent());
		Files.writeString(CORPUS, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		System.out.println("permalink corpus regenerated: add \"permalink corpus " + digest()
				+ "\" to a CHANGELOG.md entry that says why the bodies changed");
	}

	/**
	 * Name to permalink query: the golden cases on every target, then the random ones.
	 */
	private static Map<String, String> permalinks() {
		Map<String, String> permalinks = new LinkedHashMap<>();
		Permalinks links = new Permalinks("http://localhost:8080");
		goldenCases().forEach((name, inputs) -> VENDORS
			.forEach((vendor) -> permalinks.put(name + "-" + vendor, links.query(provisioning(inputs), vendor))));
		List<Map<String, String>> random = RandomInputs.samples(SEED, 100, RandomInputs::provisioningInputs).toList();
		for (int i = 0; i < random.size(); i++) {
			String vendor = VENDORS.get(i % VENDORS.size());
			permalinks.put(String.format("random-%03d-%s", i, vendor),
					links.query(provisioning(random.get(i)), vendor));
		}
		return permalinks;
	}

	/** The inputs behind the golden files (vendors/GoldenCases). */
	private static Map<String, Map<String, String>> goldenCases() {
		Map<String, Map<String, String>> cases = new LinkedHashMap<>();
		cases.put("seed", Map.of("pool", "lync.schertz.local"));
		cases.put("director", Map.of("pool", "lync.schertz.local", "director", "lyncdir.schertz.local"));
		cases.put("sba-scope",
				Map.of("pool", "lync.schertz.local", "sba", "sba01.branch.schertz.local", "scope", "10.10.20.0/24"));
		cases.put("cisco-limit", Map.of("pool", "lync.schertz.local", "web", "lyncwebint01.pool.schertz.corp"));
		cases.put("extras", Map.of("pool", "lync.schertz.local", "ntp", "10.10.10.10,10.10.10.11", "vlan", "100"));
		return cases;
	}

	private static PhoneProvisioning provisioning(Map<String, String> inputs) {
		return ProvisioningInputs.parse(inputs).provisioning().orElseThrow();
	}

	private String body(String url) throws Exception {
		return this.mvc.perform(get(URI.create(url)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<Entry> read() throws IOException {
		List<Entry> entries = new ArrayList<>();
		for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				entries.add(JSON.readValue(line, Entry.class));
			}
		}
		return entries;
	}

}
