package dev.ucdhcp.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSlice
class FormControllerTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void emptyFormShowsNoErrorAndAnExample() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content()
				.string(allOf(containsString("<label for=\"f-pool\">"), containsString("Your config appears here"),
						not(containsString("aria-invalid=\"true\"")), not(containsString("Nothing to paste yet")))));
	}

	@Test
	void permalinkFillsTheFormAndShowsTheResult() throws Exception {
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("vendor", "kea"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"lync.schertz.local\""),
					containsString("00046C796E63077363686572747A056C6F63616C00"), containsString("85 bytes"),
					containsString("id=\"v-kea\" value=\"kea\" checked"),
					containsString("href=\"/download/kea?pool=lync.schertz.local&amp;vendor=kea\""))));
	}

	@Test
	void htmxGetsTheResultFragmentAndThePermalinkToPush() throws Exception {
		this.mvc
			.perform(get("/").param("pool", "lync.schertz.local")
				.param("web", "")
				.param("vendor", "cisco")
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Push-Url", "/?pool=lync.schertz.local&vendor=cisco"))
			.andExpect(content().string(allOf(containsString("id=\"result\""), containsString("ip dhcp pool"),
					containsString("hx-swap-oob=\"true\""), not(containsString("<html")))));
	}

	@Test
	void badInputShowsTheMessageAtTheFieldAndKeepsTheTypedValueEscaped() throws Exception {
		this.mvc.perform(get("/").param("pool", "<script>alert(1)</script>").param("port", "70000"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""),
					not(containsString("<script>alert")), containsString("id=\"e-port\""), containsString("65535"),
					containsString("aria-invalid=\"true\""), not(containsString("id=\"config-text\"")))));
	}

	@Test
	void htmxWithBadInputPushesWhatWasTyped() throws Exception {
		this.mvc.perform(get("/").param("pool", "lync").param("vendor", "isc").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Push-Url", "/?pool=lync&vendor=isc"))
			.andExpect(content().string(allOf(containsString("Nothing to paste yet"),
					containsString("<p class=\"field-error\" id=\"e-pool\""))));
	}

	@Test
	void unknownVendorIsAFieldMessage() throws Exception {
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("vendor", "bind"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the DHCP servers")));
	}

}
