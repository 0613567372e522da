package dev.ucdhcp.web;

import java.nio.charset.StandardCharsets;

import dev.ucdhcp.vendors.Target;
import dev.ucdhcp.vendors.TargetRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSlice
class DownloadControllerTest {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "netsh", "powershell", "isc", "kea", "cisco", "mikrotik", "dnsmasq" })
	void downloadIsAnAttachmentNamedAndTypedByItsTarget(String vendor) throws Exception {
		Target target = new TargetRegistry().find(vendor).orElseThrow();
		MvcResult download = this.mvc
			.perform(get("/download/" + vendor).param("pool", "lync.schertz.local").param("scope", "10.10.20.0/24"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"" + target.fileName().replace(vendor + ".", vendor + "-10-10-20-0.")
							+ "\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType(target.mediaType())))
			.andReturn();
		String api = this.mvc
			.perform(
					get("/api/v1/config/" + vendor).param("pool", "lync.schertz.local").param("scope", "10.10.20.0/24"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(new String(download.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(api)
			.contains("10.10.20.0");
	}

	@Test
	void unknownVendorIsA404() throws Exception {
		this.mvc.perform(get("/download/bind").param("pool", "lync.schertz.local"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void badInputGivesNoFile() throws Exception {
		this.mvc.perform(get("/download/isc").param("pool", "lync.schertz.local\";include \"/etc/passwd"))
			.andExpect(status().isBadRequest())
			.andExpect(header().doesNotExist("Content-Disposition"))
			.andExpect(jsonPath("$.errors[0].field").value("pool"));
	}

}
