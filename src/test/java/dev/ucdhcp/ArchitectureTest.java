package dev.ucdhcp;

import java.util.function.Function;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
			.layer("doctor")
			.definedBy("dev.ucdhcp.doctor..")
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
			.whereLayer("doctor")
			.mayOnlyBeAccessedByLayers("web", "cli")
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

	/**
	 * web's rooms: the HTTP plumbing and the pre-rendering machinery never refer back up
	 * to the controllers and views that use them, nor to each other.
	 */
	@Test
	void webRoomsDependOnlyDownwards() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("web")
			.definedBy(JavaClass.Predicates.resideInAPackage("dev.ucdhcp.web"))
			.layer("web.http")
			.definedBy("dev.ucdhcp.web.http..")
			.layer("web.prerender")
			.definedBy("dev.ucdhcp.web.prerender..")
			.whereLayer("web")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("web.http")
			.mayOnlyBeAccessedByLayers("web")
			.whereLayer("web.prerender")
			.mayOnlyBeAccessedByLayers("web")
			.check(MAIN);
	}

	@Test
	void webRoomsAreFreeOfCycles() {
		slices().assignedFrom(webSlices("each room of web", JavaClass::getPackageName))
			.should()
			.beFreeOfCycles()
			.check(MAIN);
	}

	/**
	 * Inside the rooms below web no two classes refer to each other (the skeletons once
	 * did, through the parts that own them): each can be read, and tested, on its own.
	 */
	@Test
	void classesOfTheRoomsBelowWebAreFreeOfCycles() {
		slices().assignedFrom(webSlices("each top-level class of web.http and web.prerender", (type) -> {
			String name = type.getName();
			boolean below = name.startsWith("dev.ucdhcp.web.http.") || name.startsWith("dev.ucdhcp.web.prerender.");
			int nested = name.indexOf('$');
			return !below ? null : (nested < 0) ? name : name.substring(0, nested);
		})).should().beFreeOfCycles().check(MAIN);
	}

	/**
	 * Slices of web's classes named by {@code slice}; a class it names null is left out.
	 */
	private static SliceAssignment webSlices(String description, Function<JavaClass, String> slice) {
		return new SliceAssignment() {

			@Override
			public SliceIdentifier getIdentifierOf(JavaClass type) {
				String name = type.getPackageName().startsWith("dev.ucdhcp.web") ? slice.apply(type) : null;
				return (name != null) ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
			}

			@Override
			public String getDescription() {
				return description;
			}

		};
	}

	/**
	 * One logging API: SLF4J, which Spring Boot routes to Logback. The command-line tools
	 * write to their standard output and error instead, as their README says.
	 */
	@Test
	void logsThroughSlf4jOnly() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.util.logging..", "org.apache.commons.logging..", "org.apache.logging.log4j..",
					"ch.qos.logback..")
			.orShould()
			.dependOnClassesThat()
			.belongToAnyOf(System.Logger.class, System.LoggerFinder.class)
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
			.resideInAnyPackage("org.springframework..", "jakarta..", "java.nio.file..", "java.nio.channels..",
					"java.sql..")
			.orShould()
			.dependOnClassesThat()
			// URLEncoder and URLDecoder are string functions: the permalink is written
			// and read with them, no socket
			.haveNameMatching("java\\.net\\.(?!URLEncoder$|URLDecoder$).*")
			.orShould()
			.dependOnClassesThat()
			.haveNameMatching("java\\.io\\.(?!ByteArrayOutputStream|Serializable).*")
			.check(MAIN);
	}

	@Test
	void doctorIsPureJavaWithoutSpringOrIo() {
		noClasses().that()
			.resideInAPackage("dev.ucdhcp.doctor..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "java.net..", "java.nio.file..",
					"java.nio.channels..", "java.sql..", "org.slf4j..", "java.util.logging..", "dev.ucdhcp.web..",
					"dev.ucdhcp.cli..", "dev.ucdhcp.probe..", "dev.ucdhcp.apply..")
			.orShould()
			.dependOnClassesThat()
			.haveNameMatching("java\\.io\\.(?!ByteArrayOutputStream|ByteArrayInputStream|StringReader|Serializable"
					+ "|IOException|Reader|InputStream).*")
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
