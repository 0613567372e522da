package dev.ucdhcp.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSlice
class DecodeControllerTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void pageExplainsEachByteOfAWiresharkPaste() throws Exception {
		this.mvc.perform(get("/decode").param("hex", "01:0c:4d:53:2d:55:43:2d:43:6c:69:65:6e:74:dc:03:4e:41:50"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<textarea id=\"f-hex\""), containsString("Byte by byte"),
					containsString("4D 53 2D 55 43 2D 43 6C 69 65 6E 74"), containsString("NAP"))));
	}

	@Test
	void htmxGetsOnlyTheDecodedFragment() throws Exception {
		this.mvc
			.perform(get("/decode").param("hex", "0004.6c79.6e63.0773.6368.6572.747a.056c.6f63.616c.00")
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"decoded\""), containsString("lync.schertz.local"),
					not(containsString("<html")))));
	}

	@Test
	void hostilePasteIsEscaped() throws Exception {
		this.mvc.perform(get("/decode").param("hex", "<img src=x onerror=alert(1)>"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("problem"), not(containsString("<img src=x")))));
	}

	@Test
	void aCutValueSaysWhereItIsCutAndLinksToTheBuilderPrefilled() throws Exception {
		// the known option 43 cut after 180 hex digits, as Cisco IOS keeps it
		String cut = "010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C040334343305252F"
				+ "4365727450726F762F4365727450726F766973696F6E";
		this.mvc.perform(get("/decode").param("hex", cut))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"<h2 id=\"h-verdict\">Option 43 is cut off in sub-option 5 (Relative Path for Cert Prov)</h2>"),
					containsString("href=\"/?web=lync.schertz.local#f-pool\">Rebuild the full value</a>"),
					not(containsString("Something is wrong")))));
	}

	@Test
	void emptyPageHasTheFormOnly() throws Exception {
		this.mvc.perform(get("/decode"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Decode an option value"), not(containsString("Byte by byte")))));
	}

}
