package dev.ucdhcp.web.doctor;

import dev.ucdhcp.doctor.ConfigDoctor;
import dev.ucdhcp.doctor.PasteFormat;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The doctor page around the engine: the form, its limits and errors, both
 * representations. What the engine says of real pastes is in {@link DoctorContentTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DoctorPageTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theFormIsAPostWithALabelledPasteAreaAndAFormatOverride() throws Exception {
		String page = this.mvc.perform(get("/doctor"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.VARY, "HX-Request"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<form id=\"doctor\" class=\"doctor\" method=\"post\" action=\"/doctor\"")
			.contains("hx-post=\"/doctor\"")
			.doesNotContain("hx-push-url")
			.doesNotContain("hx-get")
			.contains("<label for=\"f-paste\">")
			.contains("<textarea id=\"f-paste\" name=\"paste\"")
			.contains("<label for=\"f-format\">Format</label>")
			.contains("<option value=\"\">Detect automatically</option>")
			.contains("The diagnosis appears here")
			.doesNotContain("aria-invalid=\"true\"");
		for (PasteFormat format : PasteFormat.values()) {
			assertThat(page).contains("<option value=\"" + format.id() + "\">");
		}
	}

	@Test
	void everyPageLinksTheDoctorFromTheNavigation() throws Exception {
		for (String path : new String[] { "/", "/decode", "/doctor" }) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
				.contains("<a href=\"/doctor\">Config doctor</a>");
		}
	}

	@Test
	void anEmptyPasteIsNamedInTheErrorSummaryAndAtItsField() throws Exception {
		String page = this.mvc.perform(post("/doctor").param("paste", "  \r\n ").param("format", ""))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Nothing diagnosed yet")
			.contains("<a href=\"#f-paste\">Paste your DHCP server&#39;s configuration first.</a>")
			.contains("id=\"e-paste\">Paste your DHCP server&#39;s configuration first.</p>")
			.contains("aria-invalid=\"true\"")
			.contains("tabindex=\"-1\" autofocus");
	}

	@Test
	void aPasteAtTheLimitIsDiagnosedAndOneByteMoreIsRefusedWithA413() throws Exception {
		String atLimit = Pastes.brokenIscOf(ConfigDoctor.MAX_PASTE_BYTES);
		String page = this.mvc.perform(post("/doctor").param("paste", atLimit))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("over 256 KiB").contains("ISC_NOT_AUTHORITATIVE");
		MvcResult over = this.mvc.perform(post("/doctor").param("paste", atLimit + "x"))
			.andExpect(status().isContentTooLarge())
			.andReturn();
		assertThat(over.getResponse().getContentAsString()).contains("The paste is over 256 KiB")
			.doesNotContain("ms-uc-sip-server");
	}

	@Test
	void anUnknownFormatIsNamedAtTheSelectWithTheFormatsRead() throws Exception {
		String page = this.mvc
			.perform(post("/doctor").param("paste", "subnet 192.0.2.0 netmask 255.255.255.0 {}")
				.param("format", "bind9"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("<a href=\"#f-format\">Unknown format: the doctor reads " + String.join(", ", PasteFormat.ids()))
			.contains("subnet 192.0.2.0 netmask 255.255.255.0 {}</textarea>");
	}

	@Test
	void htmxGetsTheDiagnosisFragmentWithTheFieldMessagesOutOfBandAndNoPushedUrl() throws Exception {
		MvcResult result = this.mvc.perform(post("/doctor").header("HX-Request", "true").param("paste", ""))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.VARY, "HX-Request"))
			.andExpect(header().doesNotExist("HX-Push-Url"))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("<html")
			.contains("<title>Fix the paste · Config doctor · ucdhcp</title>")
			.contains("id=\"diagnosis\"")
			.contains("id=\"e-paste\" hx-swap-oob=\"true\">Paste your DHCP server&#39;s configuration first.</p>")
			.contains("id=\"e-format\" hx-swap-oob=\"true\"></p>");
	}

	@Test
	void thePostNeedsNoTokenAndStartsNoSession() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/doctor").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
				.content("paste=&format="))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("Paste your DHCP server");
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

}
