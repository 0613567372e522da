package dev.ucdhcp.web.doctor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.ucdhcp.doctor.ConfigDoctor;
import dev.ucdhcp.doctor.PasteFormat;
import dev.ucdhcp.doctor.ProblemCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The served OpenAPI document describes the doctor's route as the contract does. */
@SpringBootTest
@AutoConfigureMockMvc
class DoctorOpenApiTest {

	private static final String ROUTE = "$.paths['/api/v1/doctor'].post";

	@Autowired
	private MockMvc mvc;

	private DocumentContext document;

	@BeforeEach
	void readDocument() throws Exception {
		this.document = JsonPath
			.parse(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
	}

	@Test
	void theFormatParameterListsTheFormatsTheEngineReads() {
		List<String> formats = this.document.read(ROUTE + ".parameters[?(@.name == 'format')].schema.enum[*]");
		assertThat(formats).containsExactlyElementsOf(PasteFormat.ids());
		List<String> where = this.document.read(ROUTE + ".parameters[?(@.name == 'format')].in");
		assertThat(where).containsExactly("query");
	}

	@Test
	void theBodyIsPlainTextOfAtMost256Kibibytes() {
		Map<String, Object> schema = this.document.read(ROUTE + ".requestBody.content['text/plain'].schema");
		assertThat(schema).containsEntry("type", "string").containsEntry("maxLength", ConfigDoctor.MAX_PASTE_BYTES);
	}

	@Test
	void answersTheDiagnosisOrAProblemFor400And413() {
		assertThat(
				this.document.read(ROUTE + ".responses['200'].content['application/json'].schema.$ref", String.class))
			.endsWith("/Diagnosis");
		for (String status : new String[] { "400", "413" }) {
			assertThat(this.document.read(
					ROUTE + ".responses['" + status + "'].content['application/problem+json'].schema.$ref",
					String.class))
				.endsWith("/ProblemDetail");
		}
		Map<String, Object> diagnosis = this.document.read("$.components.schemas.Diagnosis.properties");
		assertThat(diagnosis).containsOnlyKeys("format", "healthy", "problems", "extracted", "checks", "corrected");
		List<String> codes = this.document.read("$.components.schemas.DoctorProblem.properties.code.enum");
		assertThat(codes).containsExactlyElementsOf(Arrays.stream(ProblemCode.values()).map(Enum::name).toList());
		Map<String, Object> option43 = this.document.read("$.components.schemas.ExtractedOption43.properties");
		assertThat(option43).containsOnlyKeys("hex", "vendorClass", "where", "line", "wire");
	}

}
