package dev.ucdhcp.web.doctor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.jayway.jsonpath.JsonPath;
import dev.ucdhcp.doctor.ConfigDoctor;
import dev.ucdhcp.doctor.PasteFormat;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/doctor} around the engine: limits, format errors, how the body is
 * read. What the engine says of real pastes is in {@link DoctorContentTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DoctorApiTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void anUnknownFormatIsA400ProblemNamingTheFormatsRead() throws Exception {
		this.mvc
			.perform(post("/api/v1/doctor?format=bind9").contentType(MediaType.TEXT_PLAIN)
				.content("subnet 192.0.2.0 netmask 255.255.255.0 {}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Format not read"))
			.andExpect(jsonPath("$.detail").value(containsString(String.join(", ", PasteFormat.ids()))))
			.andExpect(jsonPath("$.formats").value(contains(PasteFormat.ids().toArray())));
	}

	@Test
	void anEmptyBodyIsA400Problem() throws Exception {
		this.mvc.perform(post("/api/v1/doctor").contentType(MediaType.TEXT_PLAIN).content(""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Send the configuration as the request body (text/plain, UTF-8)."));
	}

	@Test
	void aBodyOverTheLimitIsA413ProblemAndOneAtTheLimitIsNot() throws Exception {
		byte[] over = new byte[ConfigDoctor.MAX_PASTE_BYTES + 1];
		Arrays.fill(over, (byte) '#');
		this.mvc.perform(post("/api/v1/doctor").contentType(MediaType.TEXT_PLAIN).content(over))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(startsWith("The paste is over 256 KiB")));
		byte[] atLimit = Pastes.brokenIscOf(ConfigDoctor.MAX_PASTE_BYTES).getBytes(StandardCharsets.UTF_8);
		assertThat(atLimit).hasSize(ConfigDoctor.MAX_PASTE_BYTES);
		this.mvc.perform(post("/api/v1/doctor").contentType(MediaType.TEXT_PLAIN).content(atLimit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("isc"))
			.andExpect(jsonPath("$.healthy").value(false));
	}

	@Test
	void theFormatIsReadFromTheQueryAloneNeverFromAFormBody() throws Exception {
		// curl --data-binary sends a form content type: the body is still the paste
		String problem = this.mvc
			.perform(post("/api/v1/doctor?format=nonsense").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("format=isc".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(problem, "$.title")).isEqualTo("Format not read");
	}

}
