package dev.ucdhcp.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Kea result names the {@code apply kea} command for the same inputs. */
@WebSlice
class ApplyCommandOnThePageTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void keaResultShowsTheApplyCommandWithThePermalink() throws Exception {
		this.mvc
			.perform(
					get("/").param("pool", "lync.schertz.local").param("scope", "10.10.20.0/24").param("vendor", "kea"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("java -jar ucdhcp.jar apply kea --control-agent"
					+ " http://127.0.0.1:8000/ --permalink &#39;http://localhost:8080/?pool=lync.schertz.local&amp;scope=10.10.20.0%2F24&amp;vendor=kea&#39;")));
	}

	@Test
	void otherTargetsDoNot() throws Exception {
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("vendor", "isc"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("apply kea"))));
	}

}
