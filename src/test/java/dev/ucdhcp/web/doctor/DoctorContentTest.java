package dev.ucdhcp.web.doctor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The surfaces with the real engine: what the API says, the page shows next to the quoted
 * lines, the command prints as the same JSON, and the corrected config is the builder's
 * download byte for byte.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DoctorContentTest {

	@Autowired
	private MockMvc mvc;

	private String api(String paste, String query) throws Exception {
		return this.mvc
			.perform(post("/api/v1/doctor" + query).contentType(MediaType.TEXT_PLAIN)
				.content(paste.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String paste) throws Exception {
		return this.mvc.perform(post("/doctor").param("paste", paste).param("format", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String download(String permalink) throws Exception {
		URI uri = URI.create(permalink);
		return this.mvc.perform(get("/download/" + vendorOf(uri.getRawQuery()) + "?" + uri.getRawQuery()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String vendorOf(String query) {
		return query.substring(query.indexOf("vendor=") + "vendor=".length()).split("&")[0];
	}

	@Test
	void aBrokenIscPasteIsUnhealthyWithEachProblemAtItsLine() throws Exception {
		DocumentContext json = JsonPath.parse(api(Pastes.brokenIsc("lync"), ""));
		assertThat(json.read("$.format", String.class)).isEqualTo("isc");
		assertThat(json.read("$.healthy", Boolean.class)).isFalse();
		List<String> codes = json.read("$.problems[*].code");
		assertThat(codes).contains("ISC_NOT_AUTHORITATIVE", "O120_NOT_DNS_ENCODED");
		List<String> severities = json.read("$.problems[*].severity");
		assertThat(severities).isNotEmpty().allMatch((severity) -> List.of("error", "warn", "info").contains(severity));
		assertThat(json.read("$.extracted.option43[0].vendorClass", String.class)).isEqualTo("MS-UC-Client");
		List<String> checks = json.read("$.checks");
		assertThat(checks).isNotEmpty();
	}

	@Test
	void theCorrectedConfigIsTheBuildersDownloadForTheRecoveredInputsAndItsPermalinkHoldsOnlyThose() throws Exception {
		for (String paste : List.of(Pastes.brokenIsc("lync"), Pastes.golden("isc", "seed.conf"))) {
			DocumentContext json = JsonPath.parse(api(paste, ""));
			String permalink = json.read("$.corrected.permalink", String.class);
			assertThat(permalink).startsWith("http://localhost:8080/?").doesNotContain("netops");
			assertThat(json.read("$.corrected.config", String.class)).isEqualTo(download(permalink));
			Map<String, String> inputs = json.read("$.corrected.inputs");
			assertThat(inputs).containsEntry("pool", "lync.schertz.local");
			assertThat(json.read("$.corrected.vendor", String.class)).isEqualTo("isc");
		}
	}

	/**
	 * The builder's own file for each format the engine reads so far (PowerShell joins
	 * when its parser lands): healthy, and its corrected config is the same file.
	 */
	@ParameterizedTest
	@CsvSource({ "isc, seed.conf", "kea, seed.json", "dnsmasq, seed.conf", "cisco, seed.txt", "mikrotik, seed.rsc",
			"netsh, seed.bat" })
	void theBuildersOwnFileIsHealthyAndComesBackUnchanged(String vendor, String file) throws Exception {
		String golden = Pastes.golden(vendor, file);
		DocumentContext json = JsonPath.parse(api(golden, ""));
		assertThat(json.read("$.format", String.class)).isEqualTo(vendor);
		assertThat(json.read("$.healthy", Boolean.class)).isTrue();
		List<Object> problems = json.read("$.problems");
		assertThat(problems).isEmpty();
		assertThat(json.read("$.corrected.vendor", String.class)).isEqualTo(vendor);
		String config = json.read("$.corrected.config", String.class);
		assertThat(config).isEqualTo(download(json.read("$.corrected.permalink", String.class)));
		// golden files quote the page form of the permalink; the app writes Cisco's as
		// /p/… (no ?)
		assertThat(config).isEqualTo("cisco".equals(vendor)
				? golden.replace("http://localhost:8080/?", "http://localhost:8080/p/") : golden);
		String page = page(golden);
		assertThat(page).contains("Healthy: phones get their options 120 and 43")
			.contains(HtmlUtils.htmlEscape(config) + "</pre>");
	}

	@Test
	void thePageShowsEachProblemNextToItsQuotedLineAndLinksEachHexToTheDecoder() throws Exception {
		String paste = Pastes.brokenIsc("lync");
		DocumentContext json = JsonPath.parse(api(paste, ""));
		String page = page(paste);
		String[] lines = paste.split("\n", -1);
		List<Map<String, Object>> problems = json.read("$.problems");
		for (int i = 0; i < problems.size(); i++) {
			Map<String, Object> problem = problems.get(i);
			String item = page.substring(page.indexOf("<li id=\"problem-" + (i + 1) + "\""));
			item = item.substring(0, item.indexOf("</li>"));
			assertThat(item).contains("<small class=\"code\">" + problem.get("code") + "</small>")
				.contains(HtmlUtils.htmlEscape((String) problem.get("message")))
				.contains(HtmlUtils.htmlEscape((String) problem.get("fix")));
			if (problem.get("line") != null) {
				int line = (Integer) problem.get("line");
				assertThat(item).contains("Line " + line + " of your paste")
					.contains("<span class=\"line concerned\"><span class=\"ln\">" + line + "</span> "
							+ HtmlUtils.htmlEscape(lines[line - 1]) + "</span>");
			}
		}
		List<String> hexes = json.read("$.extracted..hex");
		assertThat(hexes).isNotEmpty();
		for (String hex : hexes) {
			assertThat(page).contains("<a href=\"/decode?hex=" + hex + "\"><code>" + hex + "</code></a>");
		}
		assertThat(page).contains(HtmlUtils.htmlEscape(paste) + "</textarea>")
			.contains("<pre id=\"config-text\"")
			.contains(HtmlUtils.htmlEscape(json.read("$.corrected.config", String.class)) + "</pre>")
			.contains("href=\"/download/isc?pool=lync.schertz.local&amp;vendor=isc\"")
			.contains("href=\"/?pool=lync.schertz.local&amp;vendor=isc\"");
	}

	@Test
	void theCommandPrintsTheApisJson() throws Exception {
		for (String paste : List.of(Pastes.brokenIsc("lync"), Pastes.golden("isc", "seed.conf"))) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int exit = new DoctorCommand(new ByteArrayInputStream(paste.getBytes(StandardCharsets.UTF_8)),
					new PrintStream(out, true, StandardCharsets.UTF_8), System.err, null)
				.run(new String[] { "--json", "-" });
			String api = api(paste, "");
			JSONAssert.assertEquals(api, out.toString(StandardCharsets.UTF_8), JSONCompareMode.STRICT);
			assertThat(exit).isEqualTo(JsonPath.parse(api).read("$.healthy", Boolean.class) ? 0 : 1);
		}
	}

}
