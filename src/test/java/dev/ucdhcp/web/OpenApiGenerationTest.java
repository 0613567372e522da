package dev.ucdhcp.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document the app serves ({@code src/main/resources/openapi/api-docs.json})
 * is what springdoc generates from the code today: the routes, their annotations, the
 * constraints of {@link ProvisioningQuery}, the vendors of the registry and the build's
 * name, version and description. springdoc runs here only (test scope); the packaged app
 * serves the file. After a change to the API or the version in pom.xml, rewrite it with
 * {@code ./mvnw -o test -Dtest=OpenApiGenerationTest -Dopenapi.regenerate=true} and
 * review {@code git diff src/main/resources/openapi}.
 */
@SpringBootTest(
		properties = { "springdoc.api-docs.enabled=true", "springdoc.api-docs.path=" + OpenApiGenerationTest.GENERATED,
				"springdoc.paths-to-match=/api/**", "springdoc.writer-with-default-pretty-printer=true",
				// ProvisioningQuery's fields are the query parameters (springdoc's
				// @ParameterObject,
				// whose annotation is not on the runtime class path)
				"springdoc.default-flat-param-object=true" })
@AutoConfigureMockMvc
@Import(OpenApiConfig.class)
class OpenApiGenerationTest {

	static final String GENERATED = "/v3/api-docs-generated";

	static final Path COMMITTED = Path.of("src", "main", "resources", OpenApiDocumentController.RESOURCE);

	private static final String REGENERATE = "if on purpose, regenerate it: ./mvnw -o test -Dtest=OpenApiGenerationTest"
			+ " -Dopenapi.regenerate=true\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private BuildProperties build;

	@Test
	void theServedDocumentIsWhatSpringdocGeneratesFromTheCode() throws Exception {
		String generated = this.mvc.perform(get(GENERATED))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		if (Boolean.getBoolean("openapi.regenerate")) {
			Files.writeString(COMMITTED, generated + "\n", StandardCharsets.UTF_8);
		}
		String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
		assertThat(JsonPath.parse(committed).read("$.info.version", String.class))
			.as("the version in %s is not pom.xml's; %s", COMMITTED, REGENERATE)
			.isEqualTo(this.build.getVersion());
		JSONAssert.assertEquals(COMMITTED + " differs from what springdoc generates from the code; " + REGENERATE,
				committed, generated, JSONCompareMode.STRICT);
	}

}
