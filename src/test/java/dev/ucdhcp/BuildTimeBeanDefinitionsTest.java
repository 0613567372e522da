package dev.ucdhcp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar starts with the bean definitions Spring AOT generated at build time;
 * the classes of a development run may be older than the code, and an explicit choice
 * wins.
 */
class BuildTimeBeanDefinitionsTest {

	@Test
	void aJarWithGeneratedDefinitionsUsesThem() {
		assertThat(UcdhcpApplication.buildTimeBeanDefinitions("jar:nested:/opt/ucdhcp.jar/!BOOT-INF/classes/!/", true,
				null))
			.isTrue();
		assertThat(UcdhcpApplication.buildTimeBeanDefinitions("file:/app/ucdhcp.jar", true, null)).isTrue();
	}

	@Test
	void classesOfADevelopmentRunDoNot() {
		assertThat(UcdhcpApplication.buildTimeBeanDefinitions("file:/src/ucdhcp/target/classes/", true, null))
			.isFalse();
	}

	@Test
	void aJarWithoutGeneratedDefinitionsDoesNot() {
		assertThat(UcdhcpApplication.buildTimeBeanDefinitions("file:/app/ucdhcp.jar", false, null)).isFalse();
	}

	@Test
	void anExplicitChoiceWins() {
		assertThat(UcdhcpApplication.buildTimeBeanDefinitions("file:/app/ucdhcp.jar", true, "false")).isFalse();
		assertThat(UcdhcpApplication.buildTimeBeanDefinitions("file:/app/ucdhcp.jar", true, "true")).isFalse();
	}

}
