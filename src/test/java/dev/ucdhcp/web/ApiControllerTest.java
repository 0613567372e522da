package dev.ucdhcp.web;

import dev.ucdhcp.encoding.Fqdn;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.vendors.TargetRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSlice
class ApiControllerTest {

	private static final String OPTION_43 = "010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C"
			+ "040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663";

	@Autowired
	private MockMvc mvc;

	@Test
	void optionsGiveTheKnownAnswerWithSubOptions() throws Exception {
		this.mvc.perform(get("/api/v1/options").param("pool", "lync.schertz.local"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.option120.hex").value("00046C796E63077363686572747A056C6F63616C00"))
			.andExpect(jsonPath("$.option120.length").value(21))
			.andExpect(jsonPath("$.option43.hex").value(OPTION_43))
			.andExpect(jsonPath("$.option43.length").value(85))
			.andExpect(jsonPath("$.option43.subOptions", hasSize(5)))
			.andExpect(jsonPath("$.option43.subOptions[2].code").value(3))
			.andExpect(jsonPath("$.option43.subOptions[2].hex").value("6C796E632E7363686572747A2E6C6F63616C"))
			.andExpect(jsonPath("$.option43.subOptions[2].text").value("lync.schertz.local"))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
	}

	@Test
	void optionsWarnWithStableCodes() throws Exception {
		this.mvc.perform(get("/api/v1/options").param("pool", "lync.schertz.local").param("scheme", "http"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[0].code").value("HTTP_SCHEME"));
	}

	@Test
	void optionsForCiscoWarnAboutTheHexLimit() throws Exception {
		this.mvc
			.perform(get("/api/v1/options").param("pool", "lync.schertz.local")
				.param("web", "lyncwebservices.internal.example-company.com")
				.param("vendor", "cisco"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[?(@.code == 'CISCO_HEX_LIMIT')]").exists());
	}

	@Test
	void invalidInputIsA400ProblemNamingEachField() throws Exception {
		this.mvc.perform(get("/api/v1/options").param("pool", "lync").param("port", "99999").param("web", "a b.c"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].field").value("pool"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty())
			.andExpect(jsonPath("$.errors[1].field").value("web"))
			.andExpect(jsonPath("$.errors[2].field").value("port"));
	}

	@Test
	void missingPoolIsA400Problem() throws Exception {
		this.mvc.perform(get("/api/v1/options"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("pool"));
	}

	@Test
	void configIsTheTargetsTextWithThePermalink() throws Exception {
		PhoneProvisioning provisioning = PhoneProvisioning.of(Fqdn.parse("lync.schertz.local"));
		String expected = new TargetRegistry().find("kea")
			.orElseThrow()
			.render(provisioning, "http://localhost:8080/?pool=lync.schertz.local&vendor=kea");
		this.mvc.perform(get("/api/v1/config/kea").param("pool", "lync.schertz.local"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andExpect(content().string(expected))
			.andExpect(content().string(containsString("http://localhost:8080/?pool=lync.schertz.local&vendor=kea")));
	}

	@Test
	void unknownVendorIsA404Problem() throws Exception {
		this.mvc.perform(get("/api/v1/config/bind").param("pool", "lync.schertz.local"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail", containsString("bind")));
	}

	@Test
	void configWithBadInputIsA400Problem() throws Exception {
		this.mvc.perform(get("/api/v1/config/isc").param("pool", "lync.schertz.local").param("path", "no-slash"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("path"));
	}

	@Test
	void decodeExplainsCiscoDottedHex() throws Exception {
		this.mvc
			.perform(get("/api/v1/decode").param("hex",
					"option 120 hex 0004.6c79.6e63.0773.6368.6572.747a.056c.6f63.616c.00"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(120))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.hex").value("00046C796E63077363686572747A056C6F63616C00"))
			.andExpect(jsonPath("$.registrar").value("lync.schertz.local"))
			.andExpect(jsonPath("$.spans[1].hex").value("04 6C 79 6E 63"));
	}

	@Test
	void decodeReportsATruncatedValue() throws Exception {
		this.mvc.perform(get("/api/v1/decode").param("hex", OPTION_43.substring(0, 100)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.findings[0].severity").value("error"));
	}

	@Test
	void decodeWithoutHexIsA400Problem() throws Exception {
		this.mvc.perform(get("/api/v1/decode"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("hex"));
	}

}
