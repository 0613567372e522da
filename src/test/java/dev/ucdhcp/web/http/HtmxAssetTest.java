package dev.ucdhcp.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucdhcp.web.WebSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page links the htmx that is on the class path: its version is written once, in
 * pom.xml, and reaches the layout through the filtered application.properties.
 */
@WebSlice
class HtmxAssetTest {

	private static final Pattern HTMX_SRC = Pattern
		.compile("src=\"(/webjars/htmx\\.org/([^/]+)/dist/htmx[^\"]*\\.js)\"");

	@Autowired
	private MockMvc mvc;

	@Test
	void pageLinksTheHtmxOfTheClassPathAndItLoads() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Matcher src = HTMX_SRC.matcher(page);
		assertThat(src.find()).as("htmx script in the page").isTrue();
		assertThat(src.group(2)).isEqualTo(webjarVersion());
		this.mvc.perform(get(src.group(1))).andExpect(status().isOk());
	}

	static String webjarVersion() throws IOException {
		try (InputStream in = HtmxAssetTest.class
			.getResourceAsStream("/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
	}

}
