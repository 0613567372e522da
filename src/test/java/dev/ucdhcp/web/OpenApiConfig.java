package dev.ucdhcp.web;

import java.util.List;
import java.util.Objects;

import dev.ucdhcp.vendors.TargetRegistry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What springdoc cannot read from the code, for {@link OpenApiGenerationTest} only: the
 * document's name, version and description come from the build (pom.xml), and the
 * vendor's choices from the registry, so neither is written twice. A test configuration,
 * so no other test's context picks it up.
 */
@TestConfiguration(proxyBeanMethods = false)
class OpenApiConfig {

	static final String ROUTES = "Every route takes the same inputs as the page's form and permalink; bad input"
			+ " is a 400 application/problem+json naming each invalid field.";

	/**
	 * The document is a file served by every instance under its own address, so the
	 * server is relative: "/" is the host the document came from.
	 */
	static final Server SAME_HOST = new Server().url("/").description("the server this document was fetched from");

	@Bean
	OpenAPI ucdhcpOpenApi(BuildProperties build) {
		Info info = new Info().title(build.getName())
			.version(build.getVersion())
			.description(build.get("description") + ". " + ROUTES);
		return new OpenAPI().info(info).servers(List.of(SAME_HOST));
	}

	@Bean
	OpenApiCustomizer vendorChoices(TargetRegistry targets) {
		List<String> ids = targets.ids();
		return (openApi) -> openApi.getPaths()
			.values()
			.stream()
			.flatMap((path) -> path.readOperations().stream())
			.map(Operation::getParameters)
			.filter(Objects::nonNull)
			.flatMap(List::stream)
			.filter((parameter) -> Submission.VENDOR.equals(parameter.getName()))
			.forEach((parameter) -> choices(parameter, ids));
	}

	@SuppressWarnings("unchecked")
	private static void choices(Parameter parameter, List<String> ids) {
		Schema<String> schema = (Schema<String>) parameter.getSchema();
		schema.setEnum(ids);
	}

}
