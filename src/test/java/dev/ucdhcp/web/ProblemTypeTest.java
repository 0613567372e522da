package dev.ucdhcp.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Problem types name no domain the project does not own (RFC 9457 {@code about:blank}).
 */
@WebSlice
class ProblemTypeTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void invalidInputAndUnknownVendorAreAboutBlank() throws Exception {
		this.mvc.perform(get("/api/v1/options").param("pool", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("about:blank"));
		this.mvc.perform(get("/api/v1/config/bind").param("pool", "lync.schertz.local"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("about:blank"));
	}

}
