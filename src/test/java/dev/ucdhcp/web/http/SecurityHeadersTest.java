package dev.ucdhcp.web.http;

import dev.ucdhcp.web.WebSlice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

@WebSlice
class SecurityHeadersTest {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/?pool=lync.schertz.local", "/decode", "/api/v1/options?pool=x",
			"/api/v1/options?pool=lync.schertz.local", "/download/nope?pool=lync.schertz.local", "/app.css" })
	void everyResponseCarriesTheSecurityHeaders(String url) throws Exception {
		this.mvc.perform(get(url))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self'"), containsString("style-src 'self'"),
							containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

}
