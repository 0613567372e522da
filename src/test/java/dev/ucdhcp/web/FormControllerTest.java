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

	@Test
	void thePageTitleSaysTheState() throws Exception {
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("vendor", "kea"))
			.andExpect(
					content().string(containsString("<title>lync.schertz.local · Kea DHCPv4 2.2+ · ucdhcp</title>")));
		this.mvc.perform(get("/").param("pool", "lync").header("HX-Request", "true"))
			.andExpect(content().string(containsString("<title>1 field to fix · ucdhcp</title>")));
	}

	@Test
	void aPastedUrlNamesWhatWasRecognisedAndOffersTheNameAsAFix() throws Exception {
		this.mvc.perform(get("/").param("pool", "https://lync.schertz.local/"))
			.andExpect(content().string(allOf(
					containsString("This looks like a URL; the field takes the name only: lync.schertz.local."),
					containsString("data-fix=\"lync.schertz.local\""), not(containsString("id=\"config-text\"")))));
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("web", "lync.schertz.local:4443"))
			.andExpect(content().string(allOf(containsString("If the web services listen on 4443, set Port"),
					containsString("data-fix=\"lync.schertz.local\""))));
	}

	@Test
	void theAdvancedSummaryIsRenderedFromTheValues() throws Exception {
		this.mvc.perform(get("/").param("pool", "lync.schertz.local").param("port", "4443").param("ntp", "10.0.0.1"))
			.andExpect(content()
				.string(containsString(">port 4443, default path, https, server level, NTP 10.0.0.1, no VLAN</span>")));
	}

	@Test
	void onePersistentStatusLineAndNoLiveRegionInWhatIsSwapped() throws Exception {
		this.mvc.perform(get("/").param("pool", "lync.schertz.local"))
			.andExpect(content().string(allOf(containsString("<p id=\"status\" class=\"status\" role=\"status\"></p>"),
					not(containsString("aria-live")), not(containsString("role=\"alert\"")),
					containsString(
							"data-status=\"Windows DHCP (netsh) config updated: option 43 85 bytes, option 120 21"
									+ " bytes, no warnings\""))));
	}

	@Test
	void warningsLeadWithAHeadlineAndShowCommandsAsCode() throws Exception {
		this.mvc
			.perform(get("/").param("pool", "lync.schertz.local")
				.param("web", "lyncwebservices.internal.example-company.com")
				.param("vendor", "cisco"))
			.andExpect(content().string(allOf(containsString(
					"<strong>Cisco IOS cuts this value off</strong> <small class=\"code\">CISCO_HEX_LIMIT</small>"),
					containsString("</code> (up to 255 bytes) instead of <code>option 43 hex</code>."),
					containsString("<td class=\"fail\">"),
					containsString("<details class=\"explain\" open=\"open\">"))));
	}

	@Test
	void validAndInvalidInputsGetTheAddressBarByTheSameRule() throws Exception {
		this.mvc
			.perform(get("/").param("port", " 70000 ").param("pool", "lync.schertz.local").header("HX-Request", "true"))
			.andExpect(header().string("HX-Push-Url", "/?pool=lync.schertz.local&port=70000&vendor=netsh"));
		this.mvc
			.perform(get("/").param("port", " 4443 ").param("pool", "lync.schertz.local").header("HX-Request", "true"))
			.andExpect(header().string("HX-Push-Url", "/?pool=lync.schertz.local&port=4443&vendor=netsh"));
	}

}
