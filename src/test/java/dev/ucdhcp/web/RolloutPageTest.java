package dev.ucdhcp.web;

import dev.ucdhcp.encoding.OptionDecoder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page at rollout scale, server side (issue 26): the change record of a sites
 * permalink, the check-and-automate commands, the site field's derived placeholder, the
 * decoder's rebuild and the canonical address of a plain GET form.
 */
@WebSlice
class RolloutPageTest {

	private static final String SITES = "berlin,192.0.2.0/24,sba.berlin.schertz.local\nparis,198.51.100.0/24";

	@Autowired
	private MockMvc mvc;

	@Test
	void theRecordOfASitesPermalinkListsEachSiteAndWhatItsPhonesMustGet() throws Exception {
		this.mvc
			.perform(get("/record").param("pool", "lync.schertz.local").param("sites", SITES).param("vendor", "kea"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<th scope=\"row\"><code>scope</code></th><td>per site, listed under Sites</td>"),
					containsString("<th scope=\"row\"><code>sba</code></th><td>per site, listed under Sites</td>"),
					containsString("<td>2 sites, listed under Sites</td>"),
					containsString(
							"<th scope=\"row\">berlin</th><td>192.0.2.0/24</td><td>sba.berlin.schertz.local</td>"),
					containsString("<th scope=\"row\">paris</th><td>198.51.100.0/24</td><td>lync.schertz.local</td>"),
					containsString("option 120 names each site&#39;s own registrar"),
					containsString(CheckCommands.PROBE
							+ "  # berlin, from 192.0.2.0/24: option 120 sba.berlin.schertz.local\n"
							+ CheckCommands.PROBE + "  # paris, from 198.51.100.0/24: option 120 lync.schertz.local"),
					not(containsString("server level")),
					not(containsString("not set</td><td>default</td></tr><tr><th scope=\"row\"><code>port")),
					not(containsString("option 120 names lync.schertz.local and")))));
	}

	@Test
	void oneCardHoldsTheProbeApplyAndResponderWithOnePermalinkSpelling() throws Exception {
		String page = this.mvc
			.perform(get("/").param("pool", "lync.schertz.local").param("sites", SITES).param("vendor", "kea"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<h2 id=\"h-automate\">Check and automate</h2>", "ucdhcp.jar</code>, the program",
				"data-copy=\"#probe-command\"", "data-copy=\"#apply-command\"", "data-copy=\"#responder-command\"");
		String permalink = "&#39;http://localhost:8080/?pool=lync.schertz.local&amp;sites=berlin%2C192.0.2.0%2F24"
				+ "%2Csba.berlin.schertz.local%0Aparis%2C198.51.100.0%2F24&amp;vendor=kea&#39;";
		assertThat(page).contains("--permalink " + permalink + "</pre>");
		assertThat(page.split("--permalink ", -1)).as("the apply and responder commands, both the same spelling")
			.hasSize(3)
			.allSatisfy((part) -> assertThat(part.startsWith("&#39;") ? part.startsWith(permalink) : true).isTrue());
		assertThat(page.indexOf("id=\"h-automate\"")).isGreaterThan(page.indexOf("id=\"config-text\""));
		assertThat(page)
			.contains("<pre id=\"config-text\" tabindex=\"0\" role=\"region\" aria-label=\"Configuration text\"");
	}

	@Test
	void theSiteFieldShowsTheDerivedNameAsItsPlaceholder() throws Exception {
		this.mvc
			.perform(get("/").param("pool", "lync.schertz.local")
				.param("sba", "sba01.rome.schertz.local")
				.param("vendor", "isc"))
			.andExpect(content()
				.string(allOf(containsString("placeholder=\"rome\""), containsString("ucdhcp-isc-rome.conf"))));
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("scope", "10.20.30.0/24"))
			.andExpect(content().string(containsString("placeholder=\"10-20-30-0\"")));
	}

	@Test
	void theDecodersRebuildPutsTheWebFqdnInWebLeavesThePoolAndKeepsCisco() {
		String cisco = "option 43 hex 010c.4d53.2d55.432d.436c.6965.6e74.0205.6874.7470.7303.126c.796e.632e.7363"
				+ ".6865.7274.7a2e.6c6f.6361.6c04.0334.3433.0525.2f43.6572";
		DecodeView view = DecodeView.of(OptionDecoder.decode(cisco), cisco);
		assertThat(view.rebuildHref()).isEqualTo("/?web=lync.schertz.local&vendor=cisco#f-pool");
		String bare = "010C4D532D55432D436C69656E740205687474";
		assertThat(DecodeView.of(OptionDecoder.decode(bare), bare).rebuildHref()).isEqualTo("/#f-pool");
	}

	@Test
	void aPlainGetFormIsRedirectedToItsPermalinkOnce() throws Exception {
		this.mvc
			.perform(get("/").param("topology", "pool")
				.param("pool", " lync.schertz.local ")
				.param("director", "")
				.param("web", "")
				.param("scheme", "https")
				.param("vendor", "kea"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/?pool=lync.schertz.local&vendor=kea"));
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("vendor", "kea"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("scheme", "https").param("vendor", "kea"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/").param("topology", "pool").param("pool", "lync"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"pool\" value=\"lync\"")));
		this.mvc
			.perform(get("/").param("topology", "pool").param("pool", "lync").param("port", "").param("vendor", "isc"))
			.andExpect(redirectedUrl("/?pool=lync&vendor=isc"));
		this.mvc.perform(get("/").param("topology", "pool").param("pool", "").param("vendor", "kea"))
			.andExpect(redirectedUrl("/?vendor=kea"));
		this.mvc.perform(get("/").param("vendor", "kea")).andExpect(status().isOk());
		this.mvc
			.perform(get("/").param("topology", "pool")
				.param("pool", "lync.schertz.local")
				.param("vendor", "kea")
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Push-Url", "/?pool=lync.schertz.local&vendor=kea"));
	}

}
