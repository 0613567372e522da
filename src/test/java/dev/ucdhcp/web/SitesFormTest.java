package dev.ucdhcp.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sites on the page, as a plain GET form without JavaScript: the sites textarea, each
 * site's own permalink, the title, errors at their line, and nothing rendered while a
 * line is wrong.
 */
@WebSlice
class SitesFormTest {

	private static final String TWO_SITES = "berlin,10.20.30.0/24,sba.berlin.example\nparis,10.20.40.0/24";

	@Autowired
	private MockMvc mvc;

	@Test
	void formOffersASiteNameAndASitesTextareaWithoutJavaScript() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<textarea id=\"f-sites\" name=\"sites\"")))
			.andExpect(content().string(containsString("name=\"site\"")))
			.andExpect(content().string(containsString("/sites")));
	}

	@Test
	void manySitesListEachSitesOwnPermalinkAndTitleTheirCount() throws Exception {
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("sites", TWO_SITES).param("vendor", "kea"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>2 sites · ")))
			.andExpect(content().string(containsString(
					"href=\"/?pool=lync.schertz.local&amp;sba=sba.berlin.example&amp;scope=10.20.30.0%2F24&amp;vendor=kea\"")))
			.andExpect(content().string(containsString(
					"href=\"/?pool=lync.schertz.local&amp;scope=10.20.40.0%2F24&amp;site=paris&amp;vendor=kea\"")))
			.andExpect(content().string(containsString("0003736261066265726C696E076578616D706C6500")))
			.andExpect(content().string(containsString("berlin,10.20.30.0/24,sba.berlin.example\nparis,10.20.40.0/24")))
			.andExpect(content().string(containsString("id=\"config-text\"")));
	}

	@Test
	void oneSiteIsInTheTitleAndTheResult() throws Exception {
		this.mvc
			.perform(get("/").param("pool", "lync.schertz.local")
				.param("sba", "sba01.branch.schertz.local")
				.param("scope", "10.10.20.0/24"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Site branch · ")))
			.andExpect(content().string(containsString("<strong id=\"site-name\">branch</strong>")));
	}

	@Test
	void aWrongLineIsShownAtItsLineAndNothingIsRendered() throws Exception {
		this.mvc
			.perform(get("/").param("pool", "lync.schertz.local")
				.param("sites", "berlin,10.20.30.0/24\nberlin,10.20.40.0/24"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-line=\"2\" data-column=\"name\"")))
			.andExpect(content().string(containsString("Line 2, name: The name berlin is already used on line 1.")))
			.andExpect(content().string(not(containsString("id=\"config-text\""))))
			.andExpect(content().string(containsString("berlin,10.20.30.0/24\nberlin,10.20.40.0/24")));
	}

	@Test
	void htmxGetsTheLineErrorsOutOfBandAndTheTitle() throws Exception {
		this.mvc
			.perform(get("/").header("HX-Request", "true")
				.param("pool", "lync.schertz.local")
				.param("sites", "berlin,10.20.30.0/24,a b"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"site-lines\" class=\"site-lines\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("data-line=\"1\" data-column=\"sba\"")));
		this.mvc
			.perform(
					get("/").header("HX-Request", "true").param("pool", "lync.schertz.local").param("sites", TWO_SITES))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>2 sites · ")));
	}

	@Test
	void registrarGivenAsAnAddressIsExplainedAsEncodingOne() throws Exception {
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("sba", "192.0.2.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("01C0000205")))
			.andExpect(content().string(containsString("Encoding: IPv4 addresses (RFC 3361)")))
			.andExpect(content().string(containsString("<code>C0 00 02 05</code>")));
	}

}
