package dev.ucdhcp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Dependencies point one way: encoding, then vendors, then web. */
class ArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.ucdhcp");

	@Test
	void layersDependOnlyDownwards() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("encoding")
			.definedBy("dev.ucdhcp.encoding..")
			.layer("vendors")
			.definedBy("dev.ucdhcp.vendors..")
			.layer("probe")
			.definedBy("dev.ucdhcp.probe..")
			.layer("web")
			.definedBy("dev.ucdhcp.web..")
			.whereLayer("web")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("vendors")
			.mayOnlyBeAccessedByLayers("web")
			.whereLayer("probe")
			.mayNotBeAccessedByAnyLayer()
			.withOptionalLayers(true)
			.check(MAIN);
	}

	@Test
	void encodingIsPureJavaWithoutSpringOrIo() {
		noClasses().that()
			.resideInAPackage("dev.ucdhcp.encoding..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "java.net..", "java.nio.file..",
					"java.nio.channels..", "java.sql..")
			.orShould()
			.dependOnClassesThat()
			.haveNameMatching("java\\.io\\.(?!ByteArrayOutputStream|Serializable).*")
			.check(MAIN);
	}

	@Test
	void vendorsArePlainJavaWithoutSpring() {
		noClasses().that()
			.resideInAPackage("dev.ucdhcp.vendors..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..")
			.check(MAIN);
	}

}
