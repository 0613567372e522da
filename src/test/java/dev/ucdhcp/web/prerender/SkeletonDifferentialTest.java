package dev.ucdhcp.web.prerender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.RandomInputs;
import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.FieldView;
import dev.ucdhcp.web.FormView;
import dev.ucdhcp.web.Permalinks;
import dev.ucdhcp.web.ResultView;
import dev.ucdhcp.web.SitesView;
import dev.ucdhcp.web.Submission;
import dev.ucdhcp.web.SubmissionReader;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differential test the skeleton rules answer to (package-info): seeded random inputs
 * on every target, with sites, field errors, warnings, long names, http, VLAN and NTP,
 * are rendered through the skeletons and the parts rendered ahead and through the plain
 * templates, and must read byte for byte the same: each part, and the whole page. A
 * template edit that tests a text's value fails here, on the first input whose text takes
 * the other branch.
 */
class SkeletonDifferentialTest {

	private static final int INPUTS = 2000;

	private static final long SEED = 20261206L;

	private static final TargetRegistry TARGETS = new TargetRegistry();

	private static final Permalinks PERMALINKS = new Permalinks("http://localhost:8080");

	private final ITemplateEngine engine = OutsideSpring.engine();

	private final SubmissionReader reader = new SubmissionReader(TARGETS);

	private final Map<List<Object>, String> rendered = new HashMap<>();

	@Test
	void skeletonsAndPartsRenderedAheadReadAsTheTemplatesForRandomInputs() {
		PrerenderedParts parts = OutsideSpring.parts(this.engine, TARGETS);
		GenericApplicationContext beans = new GenericApplicationContext();
		beans.registerBean("assetLinks", Assets.class, () -> new Assets("/i.svg", "/a.css", "/a.js", "/h.js", "/s.js"));
		beans.refresh();
		parts.setApplicationContext(beans);
		RandomInputs random = new RandomInputs(SEED);
		Counts counts = new Counts();
		List<Map<String, String>> fresh = new ArrayList<>();
		for (int i = 0; i < INPUTS; i++) {
			Map<String, String> query;
			if (fresh.size() < 100 || random.nextInt(10) == 0) {
				query = query(random, i);
				fresh.add(query);
			}
			else {
				query = retexted(fresh.get(random.nextInt(fresh.size())), random);
			}
			String as = "input " + i + " " + query;
			Submission submission = this.reader.read(query);
			FormView form = FormView.of(submission, TARGETS);
			formParts(parts.reusable(form), form, as, counts, i % 10 == 0);
			if (submission.valid()) {
				counts.valid++;
				ResultView result = ResultView.of(submission.provisioning().get(), submission.target().get(),
						PERMALINKS);
				SitesView sites = SitesView.of(submission.provisioning().get(), submission.vendor(), PERMALINKS);
				int shapes = parts.resultShapes();
				String skeleton = parts.result(result, sites, result.permalink());
				if (skeleton != null) {
					// the first result of a shape is the template's own rendering
					counts.filled += (parts.resultShapes() == shapes) ? 1 : 0;
					assertThat(skeleton).as(as)
						.isEqualTo(render("fragments/result", "result",
								Map.of("result", result, "sitesView", sites, "submitted", true)));
				}
				Map<String, Object> model = new HashMap<>(Map.of("form", form, "reuse", parts.reusable(form),
						"advancedSummary", form.advancedSummary(), "result", result, "sitesView", sites, "pageTitle",
						sites.titlePrefix() + result.title(), "submitted", submission.submitted()));
				if (skeleton != null) {
					model.put("resultMarkup", skeleton);
				}
				int pageShapes = parts.pageShapes();
				String page = parts.page(model, form);
				String swap = parts.swap(model, form);
				model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
						new ThymeleafEvaluationContext(beans, null));
				if (page != null) {
					counts.pages += (parts.pageShapes() == pageShapes) ? 1 : 0;
					assertThat(page).as(as + ": page")
						.isEqualTo(this.engine.process("index", new Context(Locale.ROOT, model)));
				}
				if (swap != null) {
					counts.swaps += (parts.pageShapes() == pageShapes) ? 1 : 0;
					assertThat(swap).as(as + ": htmx swap")
						.isEqualTo(this.engine.process("fragments/result", Set.of("swap"),
								new Context(Locale.ROOT, model)));
				}
			}
		}
		assertThat(counts.valid).as("valid inputs").isGreaterThan(INPUTS / 2);
		assertThat(counts.filled).as("results filled into a skeleton learnt before").isGreaterThan(counts.valid / 2);
		// a page whose sites list or a field was typed into renders those parts with the
		// page template
		assertThat(counts.pages).as("pages filled into a skeleton learnt before").isGreaterThan(counts.valid / 10);
		assertThat(counts.swaps).as("htmx swaps filled into a skeleton learnt before").isGreaterThan(counts.valid / 2);
		assertThat(counts.typed).as("typed fields filled into a skeleton").isGreaterThan(INPUTS);
		assertThat(counts.errors).as("error lines rendered ahead").isGreaterThan(INPUTS / 10);
		assertThat(counts.tabs).as("server tabs rendered ahead").isGreaterThan(INPUTS / 2);
	}

	/**
	 * The parts rendered ahead against the templates; the error line of a valid field
	 * reads the same whatever was typed, so it is compared for one input in ten.
	 */
	private void formParts(ReusableParts reuse, FormView form, String as, Counts counts, boolean errorLines) {
		for (FieldView field : form.fields()) {
			String markup = reuse.fields().get(field.name());
			if (markup != null) {
				counts.typed += field.value().isBlank() ? 0 : 1;
				assertThat(markup).as(as + ": field " + field.name())
					.isEqualTo(render("fragments/field", "field", Map.of("field", field)));
			}
			String error = reuse.errors().get(field.name());
			if (error != null && errorLines) {
				counts.errors++;
				assertThat(error).as(as + ": error line of " + field.name())
					.isEqualTo(render("fragments/field", "error", Map.of("field", field, "oob", true)));
			}
		}
		if (reuse.sites() != null) {
			assertThat(reuse.sites()).as(as + ": sites")
				.isEqualTo(render("fragments/sites", "form", Map.of("sites", form.sites())));
		}
		if (reuse.vendors() != null) {
			counts.tabs++;
			assertThat(reuse.vendors()).as(as + ": tabs")
				.isEqualTo(render("fragments/vendors", "tabs", Map.of("vendors", form.vendors())));
		}
	}

	/**
	 * Valid inputs of every kind, and now and then a long name, markup characters in the
	 * path, a wrong field, a wrong sites line or an unknown server.
	 */
	private static Map<String, String> query(RandomInputs random, int i) {
		Map<String, String> query = new LinkedHashMap<>(random.provisioningInputs());
		switch (random.nextInt(12)) {
			case 0 -> query.put(ProvisioningInputs.POOL, longName(random));
			case 1 -> query.put(ProvisioningInputs.WEB, longName(random));
			case 2 -> query.put(ProvisioningInputs.PATH, "/a&b$c(d)*e+f,g=h:i@j~" + random.label(8));
			case 3 -> query.put(ProvisioningInputs.NAMES.get(random.nextInt(ProvisioningInputs.NAMES.size())),
					random.label(3) + random.hostile() + "<b title=\"x\">&amp;'" + random.hostile());
			case 4 -> query.put(ProvisioningInputs.SITES, random.sites(2) + "\nparis," + random.label(5));
			case 5 -> query.put(ProvisioningInputs.SCHEME, "http");
			case 6 -> query.putAll(Map.of(ProvisioningInputs.VLAN, "220", ProvisioningInputs.NTP, "192.0.2.1"));
			default -> {
			}
		}
		List<String> vendors = TARGETS.ids();
		query.put("vendor", (i % 50 == 49) ? "bind" : vendors.get(i % vendors.size()));
		return (i % 100 == 0) ? Map.of() : query;
	}

	/**
	 * The same inputs with every letter drawn again, case kept: mostly the same shape
	 * with other texts, so most results are filled into a skeleton learnt from another.
	 */
	private static Map<String, String> retexted(Map<String, String> query, RandomInputs random) {
		Map<String, String> retexted = new LinkedHashMap<>();
		query.forEach((name, value) -> {
			if (name.equals("vendor") || name.equals(ProvisioningInputs.SCHEME)) {
				retexted.put(name, value);
				return;
			}
			StringBuilder text = new StringBuilder(value);
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c >= 'a' && c <= 'z') {
					text.setCharAt(i, (char) ('a' + random.nextInt(26)));
				}
				else if (c >= 'A' && c <= 'Z') {
					text.setCharAt(i, (char) ('A' + random.nextInt(26)));
				}
			}
			retexted.put(name, text.toString());
		});
		return retexted;
	}

	/**
	 * An FQDN of 60 to 253 characters: long labels, so budgets and limits are crossed.
	 */
	private static String longName(RandomInputs random) {
		StringBuilder name = new StringBuilder(random.label(1 + random.nextInt(63)));
		int length = 60 + random.nextInt(190);
		while (name.length() < length - 8) {
			name.append('.').append(random.label(1 + random.nextInt(Math.min(63, length - name.length() - 5))));
		}
		return name.append(".com").toString();
	}

	/** The template's rendering; views are values, so equal ones are rendered once. */
	private String render(String template, String fragment, Map<String, Object> variables) {
		return this.rendered.computeIfAbsent(List.of(template, fragment, variables),
				(key) -> this.engine.process(template, Set.of(fragment), new Context(Locale.ROOT, variables)));
	}

	/** What the layout reads of the asset links bean. */
	record Assets(String icon, String css, String js, String htmx, String sites) {
	}

	private static final class Counts {

		int valid;

		int pages;

		int swaps;

		int filled;

		int typed;

		int errors;

		int tabs;

	}

}
