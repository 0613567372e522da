package dev.ucdhcp.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSlice
class ChangeRecordControllerTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theRecordHoldsInputsDefaultsWarningsConfigRollbackAndHowToVerify() throws Exception {
		this.mvc
			.perform(get("/record").param("pool", "lync.schertz.local")
				.param("web", "lyncwebservices.internal.example-company.com")
				.param("vendor", "cisco"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Change record: DHCP options 120 and 43 on"),
					containsString("<td>443</td><td>default</td>"),
					containsString("<td>lyncwebservices.internal.example-company.com</td><td>given</td>"),
					containsString("<strong>Cisco IOS cuts this value off</strong>: <span>Option 43 is"),
					containsString("ip dhcp pool"), containsString("<code>no ip dhcp pool"),
					containsString("sudo java -jar ucdhcp.jar probe --interface eth0 --inform --server DHCP_SERVER_IP"),
					containsString("dhcp.option.type == 43"),
					containsString("http://localhost:8080/?pool=lync.schertz.local&amp;web="),
					containsString("<dt>Product</dt><dd>ucdhcp "))))
			.andExpect(content().string(
					matchesPattern("(?s).*<dt>Generated</dt><dd>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</dd>.*")));
	}

	@Test
	void invalidInputsGiveNoRecordAndALinkBack() throws Exception {
		this.mvc.perform(get("/record").param("pool", "lync_pool").param("vendor", "kea"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("Some inputs need fixing first: <span>Front End pool FQDN</span>"),
						containsString("href=\"/?pool=lync_pool&amp;vendor=kea\""), not(containsString("<pre")))));
	}

	@Test
	void theRollbackIsTheParagraphUnderTheConfigsRollbackHeading() {
		assertThat(ChangeRecordView.rollback("rem Warnings: none\r\nrem\r\nrem Rollback:\r\nrem Run `x Cleanup`: it\r\n"
				+ "rem deletes it.\r\nrem\r\nrem Usage:\r\n"))
			.isEqualTo("Run `x Cleanup`: it deletes it.");
		assertThat(ChangeRecordView.rollback("no header here")).isEmpty();
	}

}
