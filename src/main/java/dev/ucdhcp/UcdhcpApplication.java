package dev.ucdhcp;

import java.security.CodeSource;
import java.util.Arrays;

import dev.ucdhcp.web.doctor.DoctorCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.util.ClassUtils;

@SpringBootApplication
public class UcdhcpApplication {

	static final String AOT_ENABLED = "spring.aot.enabled";

	public static void main(String[] args) {
		// The probe, the responder, apply and the doctor are command-line tools: no web
		// server, no Spring context. The doctor is not a picocli command yet (it was
		// written before that layer landed): DoctorCommand keeps its own small parser.
		if (args.length > 0 && Commands.isCommand(args[0])) {
			System.exit(Commands.execute(System.out, System.err, args));
		}
		if (args.length > 0 && "doctor".equals(args[0])) {
			System.exit(DoctorCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
		}
		useBuildTimeBeanDefinitions(UcdhcpApplication.class.getProtectionDomain().getCodeSource());
		SpringApplication.run(UcdhcpApplication.class, args);
	}

	/**
	 * Spring AOT (process-aot) wrote the bean definitions into the jar at build time; a
	 * jar started without flags ({@code java -jar ucdhcp.jar}) uses them too, which saves
	 * about a third of the start-up (bench/startup.sh). Not from target/classes
	 * ({@code ./mvnw spring-boot:run}), where they may be older than the code, and not
	 * when {@code spring.aot.enabled} is given either way.
	 */
	static void useBuildTimeBeanDefinitions(CodeSource source) {
		String location = (source != null && source.getLocation() != null) ? source.getLocation().toString() : "";
		boolean generated = ClassUtils.isPresent(UcdhcpApplication.class.getName() + "__ApplicationContextInitializer",
				UcdhcpApplication.class.getClassLoader());
		if (buildTimeBeanDefinitions(location, generated, System.getProperty(AOT_ENABLED))) {
			System.setProperty(AOT_ENABLED, "true");
		}
	}

	/**
	 * True when started from a jar that holds generated bean definitions, and nobody
	 * chose.
	 */
	static boolean buildTimeBeanDefinitions(String location, boolean generated, String chosen) {
		return location.contains(".jar") && generated && chosen == null;
	}

}
