package dev.ucdhcp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar carries no OpenAPI machinery: the document is a file the build's
 * {@code OpenApiGenerationTest} generated, so springdoc, swagger-core and its Jackson 2
 * and SnakeYAML (~1,800 classes in the AOT cache, issue 15) must not creep back onto the
 * runtime class path, nor into the code Spring AOT generated from it.
 */
class RuntimeClassPathIT {

	private static final Path JAR = Path.of("target/ucdhcp.jar");

	/**
	 * Jackson 3 ({@code tools.jackson}, Spring Boot's) keeps the 2.x annotations jar, so
	 * jackson-annotations is allowed; Jackson 2's core, databind and modules are not.
	 */
	private static final Pattern OPENAPI_MACHINERY = Pattern.compile("(springdoc-openapi-.*|swagger-core.*"
			+ "|swagger-models.*|swagger-ui.*|jackson-(core|databind)-2\\..*|jackson-data(format|type)-.*-2\\..*"
			+ "|snakeyaml-.*)\\.jar");

	private static final List<String> LIBRARIES = new ArrayList<>();

	private static final List<String> FORBIDDEN_REFERENCES = List.of("org/springdoc/", "io/swagger/v3/oas/models/",
			"io/swagger/v3/core/");

	private static final List<String> ENTRIES = new ArrayList<>();

	/** The app's classes whose constant pool names a forbidden package. */
	private static final List<String> REFERRING = new ArrayList<>();

	@BeforeAll
	static void listTheJar() throws IOException {
		assertThat(JAR).as("packaged before integration tests").isRegularFile();
		try (JarFile jar = new JarFile(JAR.toFile())) {
			for (JarEntry entry : Collections.list(jar.entries())) {
				String name = entry.getName();
				ENTRIES.add(name);
				if (name.startsWith("BOOT-INF/lib/")) {
					LIBRARIES.add(name.substring("BOOT-INF/lib/".length()));
				}
				else if (name.startsWith("BOOT-INF/classes/") && name.endsWith(".class")) {
					String constants = constants(jar, entry);
					if (FORBIDDEN_REFERENCES.stream().anyMatch(constants::contains)) {
						REFERRING.add(name);
					}
				}
			}
		}
	}

	@Test
	void noOpenApiLibraryIsPackaged() {
		assertThat(LIBRARIES).as("libraries in BOOT-INF/lib").anyMatch((name) -> name.startsWith("spring-webmvc-"));
		assertThat(LIBRARIES).as("the annotations the API's classes carry stay (no code runs them)")
			.anyMatch((name) -> name.startsWith("swagger-annotations-jakarta-"));
		assertThat(LIBRARIES).as("OpenAPI machinery in BOOT-INF/lib (springdoc belongs in test scope)")
			.noneMatch((name) -> OPENAPI_MACHINERY.matcher(name).matches());
	}

	@Test
	void noBeanValidationApiIsPackaged() {
		// with the API and no provider, Spring MVC looks for a provider at every start
		// and logs its failure
		assertThat(LIBRARIES).isNotEmpty().noneMatch((name) -> name.startsWith("jakarta.validation-api-"));
	}

	@Test
	void noPackagedClassRefersToSpringdocOrSwaggerModels() {
		assertThat(ENTRIES).as("Spring AOT's generated code is packaged")
			.anyMatch((name) -> name.endsWith("__BeanDefinitions.class"));
		assertThat(REFERRING).as("classes (the app's and Spring AOT's) referring to %s", FORBIDDEN_REFERENCES)
			.isEmpty();
	}

	@Test
	void theOpenApiDocumentIsPackaged() {
		assertThat(ENTRIES).contains("BOOT-INF/classes/openapi/api-docs.json");
	}

	/**
	 * The class file's bytes as Latin-1 text: its constant pool names every type it
	 * refers to.
	 */
	private static String constants(JarFile jar, JarEntry entry) throws IOException {
		try (InputStream in = jar.getInputStream(entry)) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
