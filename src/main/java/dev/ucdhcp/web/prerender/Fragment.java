package dev.ucdhcp.web.prerender;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * One fragment of a template rendered outside any request, as the page renders it with
 * the same variables: the one way parts rendered ahead and skeletons are made.
 */
final class Fragment {

	private Fragment() {
	}

	static String render(ITemplateEngine engine, String template, String name, Map<String, Object> variables) {
		return engine.process(template, Set.of(name), new Context(Locale.ROOT, variables));
	}

}
