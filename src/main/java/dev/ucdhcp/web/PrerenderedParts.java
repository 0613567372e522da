package dev.ucdhcp.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.ucdhcp.vendors.TargetRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The form's parts that read the same on every request that leaves them untouched: a
 * field nobody typed in, a field's empty error line, the DHCP server tabs. They are
 * rendered once from their own templates, in the background while the server starts, and
 * the page writes the markup instead of running the templates again; a text field with a
 * valid value typed in is filled into its skeleton ({@link Skeleton}). The result part is
 * written from a skeleton per shape ({@link ResultSkeletons}): a never-seen valid input
 * then pays the template engine only for the page around the parts (bench/run.sh, issue
 * 15).
 * <p>
 * A part is reused only when its view is equal to the one it was rendered from (a typed
 * field: but for its value, and its skeleton reproduced a value full of markup characters
 * as the template writes it), so the page reads byte for byte the same with or without
 * them ({@code PrerenderedPartsTest}); until they are ready, every part is rendered as
 * usual. The set is fixed by the form, not by requests: no input can grow it.
 */
@Component
class PrerenderedParts implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(PrerenderedParts.class);

	private final ITemplateEngine engine;

	private final SubmissionReader reader;

	private final boolean enabled;

	private final ResultSkeletons results;

	private volatile Ready ready;

	PrerenderedParts(ITemplateEngine engine, SubmissionReader reader,
			@Value("${ucdhcp.prerendered-parts.enabled:true}") boolean enabled) {
		this.engine = engine;
		this.reader = reader;
		this.enabled = enabled;
		this.results = new ResultSkeletons(engine);
	}

	/**
	 * Renders the parts on a thread of its own as soon as the beans exist: start-up does
	 * not wait for them, and while Tomcat starts they parse and warm the templates the
	 * first page needs on the other CPU.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (!this.enabled) {
			return;
		}
		Thread thread = new Thread(this::render, "prerender");
		thread.setDaemon(true);
		thread.start();
	}

	void render() {
		try {
			this.ready = Ready.render(this.engine, this.reader);
		}
		catch (RuntimeException ex) {
			// the page renders every part itself then: slower, never wrong
			logger.warn("Parts of the page could not be rendered ahead; every request renders them", ex);
		}
	}

	/** The markup this form can take instead of rendering it. */
	ReusableParts reusable(FormView form) {
		Ready parts = this.ready;
		return (parts != null) ? parts.reusable(form) : ReusableParts.NONE;
	}

	/**
	 * The result part's markup from its skeleton, or null when the page renders it: until
	 * the parts are ready, or for a result no skeleton fits.
	 */
	String result(ResultView result, SitesView sites) {
		return (this.ready != null) ? this.results.render(result, sites) : null;
	}

	/**
	 * One fragment of a template rendered outside any request, as the page would render
	 * it with these variables.
	 */
	static String fragment(ITemplateEngine engine, String template, String name, Map<String, Object> variables) {
		return engine.process(template, Set.of(name), new Context(Locale.ROOT, variables));
	}

	/** How many result shapes have a skeleton. */
	int resultShapes() {
		return this.results.size();
	}

	/**
	 * The parts of the form nobody typed in, with the views they were rendered from, and
	 * the skeleton of each text field with a valid value typed in.
	 */
	private record Ready(Map<String, FieldView> untouched, Map<String, String> fields, Map<String, Skeleton> typed,
			Map<String, String> errors, FormView.SitesForm sites, String sitesMarkup,
			Map<List<FormView.VendorChoice>, String> tabs) {

		/**
		 * What a field's skeleton must reproduce before it is used: every markup
		 * character.
		 */
		private static final String SAMPLE = "a&b<c>\"d'e f";

		static Ready render(ITemplateEngine engine, SubmissionReader reader) {
			TargetRegistry targets = reader.targets();
			FormView form = FormView.of(reader.read(Map.of()), targets);
			Map<String, FieldView> untouched = new HashMap<>();
			Map<String, String> fields = new HashMap<>();
			Map<String, Skeleton> typed = new HashMap<>();
			Map<String, String> errors = new HashMap<>();
			for (FieldView field : form.fields()) {
				untouched.put(field.name(), field);
				fields.put(field.name(), fragment(engine, "fragments/field", "field", Map.of("field", field)));
				if (!field.select()) {
					String marked = fragment(engine, "fragments/field", "field",
							Map.of("field", field.withValue(Skeleton.mark(0))));
					String sample = fragment(engine, "fragments/field", "field",
							Map.of("field", field.withValue(SAMPLE)));
					Skeleton skeleton = Skeleton.checked(marked, List.of(SAMPLE), sample);
					if (skeleton != null) {
						typed.put(field.name(), skeleton);
					}
				}
				errors.put(field.name(),
						fragment(engine, "fragments/field", "error", Map.of("field", field, "oob", true)));
			}
			String sites = fragment(engine, "fragments/sites", "form", Map.of("sites", form.sites()));
			Map<List<FormView.VendorChoice>, String> tabs = new HashMap<>();
			for (String vendor : targets.ids()) {
				List<FormView.VendorChoice> choices = FormView
					.of(reader.read(Map.of(Submission.VENDOR, vendor)), targets)
					.vendors();
				tabs.put(choices, fragment(engine, "fragments/vendors", "tabs", Map.of("vendors", choices)));
			}
			return new Ready(Map.copyOf(untouched), Map.copyOf(fields), Map.copyOf(typed), Map.copyOf(errors),
					form.sites(), sites, Map.copyOf(tabs));
		}

		ReusableParts reusable(FormView form) {
			Map<String, String> fields = new HashMap<>();
			Map<String, String> errors = new HashMap<>();
			for (FieldView field : form.fields()) {
				String markup = field(field);
				if (markup != null) {
					fields.put(field.name(), markup);
				}
				if (!field.invalid() && !field.fixable()) {
					// the error line of a valid field is empty whatever was typed
					errors.put(field.name(), this.errors.get(field.name()));
				}
			}
			return new ReusableParts(fields, errors, form.sites().equals(this.sites) ? this.sitesMarkup : null,
					this.tabs.get(form.vendors()));
		}

		/**
		 * A field's markup as rendered ahead, or filled in when only a valid value was
		 * typed; null when the page must render it.
		 */
		private String field(FieldView field) {
			FieldView blank = this.untouched.get(field.name());
			if (field.equals(blank)) {
				return this.fields.get(field.name());
			}
			Skeleton skeleton = this.typed.get(field.name());
			if (skeleton == null || Skeleton.holdsMarks(field.value())
					|| !field.equals(blank.withValue(field.value()))) {
				return null;
			}
			return skeleton.fill(List.of(field.value()));
		}

	}

}
