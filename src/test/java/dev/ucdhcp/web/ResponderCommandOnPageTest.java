package dev.ucdhcp.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page shows, next to Download, the responder command for the same inputs. */
@WebSlice
class ResponderCommandOnPageTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void showsTheResponderCommandForTheCurrentInputs() throws Exception {
		this.mvc
			.perform(get("/").param("pool", "lync.schertz.local")
				.param("sba", "sba01.branch.schertz.local")
				.param("vendor", "isc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<pre id=\"responder-command\">sudo setpriv --reuid=&quot;$(id -u)&quot; --regid=&quot;$(id -g)&quot;"
							+ " --init-groups --inh-caps=+net_bind_service --ambient-caps=+net_bind_service"
							+ " java -jar ucdhcp.jar responder --interface eth0 --permalink"
							+ " &#39;http://localhost:8080/?pool=lync.schertz.local&amp;sba=sba01.branch.schertz.local")));
	}

}
