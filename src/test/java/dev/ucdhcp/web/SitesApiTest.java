package dev.ucdhcp.web;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code sites} and option 120 by address through the API: each site's own option 120,
 * problems that name the line, and the 64-line limit.
 */
@WebSlice
class SitesApiTest {

	/** Option 120 encoding 0 of {@code lync.schertz.local}, the central registrar. */
	private static final String POOL_120 = "00046C796E63077363686572747A056C6F63616C00";

	@Autowired
	private MockMvc mvc;

	@Test
	void eachSiteGetsItsOwnOption120AndOption43StaysCentral() throws Exception {
		this.mvc
			.perform(get("/api/v1/options").param("pool", "lync.schertz.local")
				.param("sites", "berlin,10.20.30.0/24,sba.berlin.example\nparis,10.20.40.0/24"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.option120.hex").value(POOL_120))
			.andExpect(jsonPath("$.sites", hasSize(2)))
			.andExpect(jsonPath("$.sites[0].name").value("berlin"))
			.andExpect(jsonPath("$.sites[0].scope").value("10.20.30.0/24"))
			.andExpect(jsonPath("$.sites[0].option120.hex").value("0003736261066265726C696E076578616D706C6500"))
			.andExpect(jsonPath("$.sites[0].option120.length").value(21))
			.andExpect(jsonPath("$.sites[1].name").value("paris"))
			.andExpect(jsonPath("$.sites[1].option120.hex").value(POOL_120));
	}

	@Test
	void siteWithAnAddressGetsEncodingOne() throws Exception {
		this.mvc
			.perform(get("/api/v1/options").param("pool", "lync.schertz.local")
				.param("sites", "berlin,10.20.30.0/24,192.0.2.5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sites[0].option120.hex").value("01C0000205"))
			.andExpect(jsonPath("$.sites[0].option120.length").value(5));
	}

	@Test
	void registrarGivenAsAddressesIsEncodingOne() throws Exception {
		this.mvc
			.perform(get("/api/v1/options").param("pool", "lync.schertz.local")
				.param("director", "192.0.2.10, 198.51.100.10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.option120.hex").value("01C000020AC633640A"))
			.andExpect(jsonPath("$.option120.length").value(9))
			.andExpect(jsonPath("$.sites", hasSize(0)));
	}

	@Test
	void poolGivenAsAddressesNeedsTheWebServicesName() throws Exception {
		this.mvc.perform(get("/api/v1/options").param("pool", "192.0.2.10"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("web"));
		this.mvc.perform(get("/api/v1/options").param("pool", "192.0.2.10").param("web", "lyncweb.schertz.local"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.option120.hex").value("01C000020A"));
	}

	@Test
	void sixtyFourSitesAreRendered() throws Exception {
		this.mvc.perform(get("/api/v1/options").param("pool", "lync.schertz.local").param("sites", sites(64)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sites", hasSize(64)))
			.andExpect(jsonPath("$.sites[63].name").value("site64"));
		this.mvc.perform(get("/api/v1/config/kea").param("pool", "lync.schertz.local").param("sites", sites(64)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10.0.64.0/24")));
	}

	@Test
	void theSixtyFifthSiteIsAProblemNamingItsLine() throws Exception {
		this.mvc.perform(get("/api/v1/options").param("pool", "lync.schertz.local").param("sites", sites(65)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("sites"))
			.andExpect(jsonPath("$.errors[0].line").value(65))
			.andExpect(jsonPath("$.errors[0].message", containsString("64")));
		this.mvc.perform(get("/api/v1/config/isc").param("pool", "lync.schertz.local").param("sites", sites(65)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(65));
	}

	@Test
	void everyWrongLineIsItsOwnErrorWithLineAndColumn() throws Exception {
		this.mvc
			.perform(get("/api/v1/options").param("pool", "lync.schertz.local")
				.param("sites",
						"berlin,10.20.30.0/24\nberlin,10.20.40.0/24\nrome,10.20.30.128/25\nx\noslo,10.9.9.0/24,a,b"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[0].field").value("sites"))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("name"))
			.andExpect(jsonPath("$.errors[1].line").value(3))
			.andExpect(jsonPath("$.errors[1].column").value("scope"))
			.andExpect(jsonPath("$.errors[1].message", containsString("overlaps")))
			.andExpect(jsonPath("$.errors[2].line").value(4))
			.andExpect(jsonPath("$.errors[2].column").doesNotExist())
			.andExpect(jsonPath("$.errors[3].line").value(5));
	}

	@Test
	void sitesWithScopeAlsoSetIsRefusedAtScope() throws Exception {
		this.mvc
			.perform(get("/api/v1/options").param("pool", "lync.schertz.local")
				.param("sites", "berlin,10.20.30.0/24")
				.param("scope", "10.20.30.0/24"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scope"))
			.andExpect(jsonPath("$.errors[0].line").doesNotExist());
	}

	@Test
	void hostileTextInAColumnIsRefused() throws Exception {
		this.mvc
			.perform(get("/api/v1/options").param("pool", "lync.schertz.local")
				.param("sites", "berlin,10.20.30.0/24,sba\";reboot.example"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("sba"));
	}

	@Test
	void downloadsAreNamedAfterTheSiteOrSites() throws Exception {
		this.mvc.perform(get("/download/cisco").param("pool", "lync.schertz.local").param("site", "berlin"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename=\"ucdhcp-cisco-berlin.txt\"")));
		this.mvc
			.perform(get("/download/kea").param("pool", "lync.schertz.local")
				.param("sba", "sba01.branch.schertz.local")
				.param("scope", "10.10.20.0/24"))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"ucdhcp-kea-branch.json\"")));
		this.mvc.perform(get("/download/dnsmasq").param("pool", "lync.schertz.local").param("sites", sites(2)))
			.andExpect(status().isOk())
			.andExpect(
					header().string("Content-Disposition", containsString("filename=\"ucdhcp-dnsmasq-sites.conf\"")));
		this.mvc.perform(get("/download/netsh").param("pool", "lync.schertz.local"))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"ucdhcp-netsh.bat\"")));
	}

	static String sites(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> "site" + i + ",10." + (i / 256) + "." + (i % 256) + ".0/24")
			.collect(Collectors.joining("\n"));
	}

}
