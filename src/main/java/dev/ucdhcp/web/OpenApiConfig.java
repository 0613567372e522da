package dev.ucdhcp.web;

import java.util.List;
import java.util.Objects;

import dev.ucdhcp.vendors.TargetRegistry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's name, version and description come from the build (pom.xml), and
 * the vendor's choices from the registry, so neither is written twice.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static final String ROUTES = "Every route takes the same inputs as the page's form and permalink; bad input"
			+ " is a 400 application/problem+json naming each invalid field.";

	@Bean
	OpenAPI ucdhcpOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		Info info = (properties != null)
				? new Info().title(properties.getName())
					.version(properties.getVersion())
					.description(properties.get("description") + ". " + ROUTES)
				: new Info().title("ucdhcp").version("development").description(ROUTES);
		return new OpenAPI().info(info);
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
