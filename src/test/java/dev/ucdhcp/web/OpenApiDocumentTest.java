package dev.ucdhcp.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.encoding.WarningCode;
import dev.ucdhcp.vendors.TargetRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document a client generates code from: the product's name, every contract
 * input on every route with its rule and default, and the error and warning shapes. It is
 * the committed file {@link OpenApiGenerationTest} keeps equal to what springdoc
 * generates from the code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

	private static final List<String> ROUTES = List.of("/api/v1/options", "/api/v1/config/{vendor}");

	@Autowired
	private MockMvc mvc;

	private DocumentContext document;

	@BeforeEach
	void readDocument() throws Exception {
		String json = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.document = JsonPath.parse(json);
	}

	@Test
	void servesTheCommittedFileAsJsonWithAnETagToRevalidate() throws Exception {
		MvcResult served = this.mvc.perform(get(OpenApiDocumentController.PATH))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
			.andReturn();
		assertThat(served.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(Files.readString(OpenApiGenerationTest.COMMITTED, StandardCharsets.UTF_8));
		String etag = served.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"");
		this.mvc.perform(get(OpenApiDocumentController.PATH).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/options", "/api/v1/config/{vendor}" })
	void everyContractInputIsAParameterOfTheRouteWithADescription(String route) {
		List<String> expected = new ArrayList<>(ProvisioningInputs.NAMES);
		expected.add("vendor");
		assertThat(names(route)).containsAll(expected);
		for (String name : expected) {
			assertThat(parameter(route, name)).as(name).containsKey("description");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/options", "/api/v1/config/{vendor}" })
	void parametersCarryTheirRules(String route) {
		assertThat(parameter(route, "pool")).containsEntry("required", true);
		assertThat(schema(route, "pool")).containsEntry("maxLength", 254).containsKey("pattern");
		assertThat(schema(route, "web")).containsEntry("maxLength", 254).containsKey("pattern");
		assertThat(schema(route, "port")).containsEntry("minimum", 1)
			.containsEntry("maximum", 65535)
			.containsEntry("default", 443);
		assertThat(schema(route, "vlan")).containsEntry("minimum", 1).containsEntry("maximum", 4094);
		assertThat(schema(route, "path")).containsEntry("maxLength", 128)
			.containsEntry("default", "/CertProv/CertProvisioningService.svc")
			.containsKey("pattern");
		assertThat(schema(route, "scheme")).containsEntry("enum", List.of("https", "http"))
			.containsEntry("default", "https");
		assertThat(schema(route, "scope")).containsKey("pattern");
		assertThat(schema(route, "ntp")).containsKey("pattern");
		assertThat(schema(route, "vendor")).containsEntry("enum", new TargetRegistry().ids());
	}

	@Test
	void namesTheProductAndItsVersion() {
		assertThat(this.document.read("$.info.title", String.class)).isEqualTo("ucdhcp");
		assertThat(this.document.read("$.info.version", String.class)).isNotEqualTo("v0").isNotBlank();
		assertThat(this.document.read("$.info.description", String.class)).contains("Lync");
	}

	@Test
	void describesTheProblemAndWarningShapes() {
		for (String route : ROUTES) {
			String type = "$.paths['" + route
					+ "'].get.responses['400'].content['application/problem+json'].schema.$ref";
			assertThat(this.document.read(type, String.class)).endsWith("/ValidationProblem");
			String notFound = "$.paths['" + route
					+ "'].get.responses['404'].content['application/problem+json'].schema.$ref";
			assertThat(this.document.read(notFound, String.class)).endsWith("/ProblemDetail");
		}
		Map<String, Object> fieldError = this.document.read("$.components.schemas.FieldError.properties");
		assertThat(fieldError).containsKeys("field", "line", "message");
		Map<String, Object> warning = this.document.read("$.components.schemas.WarningJson.properties");
		assertThat(warning).containsKeys("code", "message");
		List<String> codes = this.document.read("$.components.schemas.WarningJson.properties.code.enum");
		assertThat(codes)
			.containsExactlyElementsOf(Arrays.stream(WarningCode.values()).map(WarningCode::name).toList());
	}

	private List<String> names(String route) {
		return this.document.read("$.paths['" + route + "'].get.parameters[*].name");
	}

	private Map<String, Object> parameter(String route, String name) {
		List<Map<String, Object>> found = this.document
			.read("$.paths['" + route + "'].get.parameters[?(@.name == '" + name + "')]");
		assertThat(found).as(route + " " + name).hasSize(1);
		return found.get(0);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> schema(String route, String name) {
		return (Map<String, Object>) parameter(route, name).get("schema");
	}

}
