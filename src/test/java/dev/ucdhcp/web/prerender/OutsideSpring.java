package dev.ucdhcp.web.prerender;

import java.util.Map;

import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.FormView;
import dev.ucdhcp.web.Submission;
import dev.ucdhcp.web.SubmissionReader;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The templates as the app resolves them and the parts rendered ahead from them, for the
 * tests that compare skeletons with templates without starting Spring.
 */
final class OutsideSpring {

	private OutsideSpring() {
	}

	static ITemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/** The parts rendered ahead, as WebConfig makes them, ready. */
	static PrerenderedParts parts(ITemplateEngine engine, TargetRegistry targets) {
		SubmissionReader reader = new SubmissionReader(targets);
		PrerenderedParts parts = new PrerenderedParts(engine, FormView.of(reader.read(Map.of()), targets),
				targets.ids()
					.stream()
					.map((vendor) -> FormView.of(reader.read(Map.of(Submission.VENDOR, vendor)), targets))
					.toList(),
				false);
		parts.render();
		return parts;
	}

}
