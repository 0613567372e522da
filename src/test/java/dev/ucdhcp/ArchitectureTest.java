package dev.ucdhcp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Dependencies point one way: encoding, then vendors, then web or apply (the command that
 * pushes the Kea target's output into a running Kea); encoding, then the DHCP message
 * model, then the probe and the responder. The command-line layer ({@code cli}: picocli,
 * the shared options and the web's inputs as flags) serves the commands: probe,
 * responder, apply and the doctor. Nothing depends on probe, responder or apply.
 */
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
			.layer("dhcp")
			.definedBy("dev.ucdhcp.dhcp..")
			.layer("probe")
			.definedBy("dev.ucdhcp.probe..")
			.layer("responder")
			.definedBy("dev.ucdhcp.responder..")
			.layer("web")
			.definedBy("dev.ucdhcp.web..")
			.layer("apply")
			.definedBy("dev.ucdhcp.apply..")
			.layer("cli")
			.definedBy("dev.ucdhcp.cli..")
			.layer("doctor")
			.definedBy("dev.ucdhcp.doctor..")
			.whereLayer("web")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("apply")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("vendors")
			.mayOnlyBeAccessedByLayers("web", "apply")
			.whereLayer("dhcp")
			.mayOnlyBeAccessedByLayers("probe", "responder")
			.whereLayer("cli")
			.mayOnlyBeAccessedByLayers("probe", "responder", "apply", "doctor")
			.whereLayer("probe")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("responder")
			.mayNotBeAccessedByAnyLayer()
			.withOptionalLayers(true)
			.check(MAIN);
	}

	@Test
	void applyRunsWithoutSpring() {
		noClasses().that()
			.resideInAPackage("dev.ucdhcp.apply..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "dev.ucdhcp.web..", "dev.ucdhcp.probe..")
			.check(MAIN);
	}

	/**
	 * Every command starts without a Spring context (UcdhcpApplication dispatches before
	 * Spring starts), so nothing on their path may need one.
	 */
	@Test
	void commandsRunWithoutSpring() {
		noClasses().that()
			.resideInAnyPackage("dev.ucdhcp.cli..", "dev.ucdhcp.probe..", "dev.ucdhcp.responder..", "dev.ucdhcp.dhcp..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "dev.ucdhcp.web..")
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
