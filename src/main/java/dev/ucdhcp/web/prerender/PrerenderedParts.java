package dev.ucdhcp.web.prerender;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * The form's parts that read the same on every request that leaves them untouched: a
 * field nobody typed in, a field's empty error line, the DHCP server tabs. They are
 * rendered once from their own templates, in the background while the server starts, and
 * the page writes the markup instead of running the templates again; a text field with a
 * valid value typed in is filled into its skeleton ({@link Skeleton}). The result part is
 * written from a skeleton per shape ({@link ResultSkeletons}), and so are the page and
 * the htmx swap around it ({@link PageSkeletons}): a never-seen valid input of a seen
 * shape then pays the template engine nothing (bench/run.sh, issues 15 and 22).
 * <p>
 * A part is reused only when its view is equal to the one it was rendered from (a typed
 * field: but for its value, and its skeleton reproduced two values full of markup
 * characters as the template writes them), so the page reads byte for byte the same with
 * or without them ({@code PrerenderedPartsTest}); until they are ready, every part is
 * rendered as usual. The set is fixed by the form, not by requests: no input can grow it.
 */
public class PrerenderedParts implements SmartInitializingSingleton, ApplicationContextAware {

	private static final Logger logger = LoggerFactory.getLogger(PrerenderedParts.class);

	private final ITemplateEngine engine;

	private final Form untouched;

	private final List<? extends Form> eachServer;

	private final boolean enabled;

	private final ResultSkeletons results;

	private final PageSkeletons pages;

	private final PageSkeletons swaps;

	private volatile ApplicationContext beans;

	private volatile Ready ready;

	/**
	 * @param untouched the form nobody typed in
	 * @param eachServer the same form once with each DHCP server chosen, for the tabs
	 * @param enabled false to render every part on every request
	 */
	public PrerenderedParts(ITemplateEngine engine, Form untouched, List<? extends Form> eachServer, boolean enabled) {
		this.engine = engine;
		this.untouched = untouched;
		this.eachServer = List.copyOf(eachServer);
		this.enabled = enabled;
		this.results = new ResultSkeletons(engine);
		this.pages = new PageSkeletons(engine, PageSkeletons.Kind.PAGE);
		this.swaps = new PageSkeletons(engine, PageSkeletons.Kind.SWAP);
	}

	/** The beans the layout names ({@code @assetLinks}), for the page's skeletons. */
	@Override
	public void setApplicationContext(ApplicationContext beans) {
		this.beans = beans;
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

	/** Renders the parts now, on the calling thread. */
	public void render() {
		try {
			this.ready = Ready.render(this.engine, this.untouched, this.eachServer);
		}
		catch (RuntimeException ex) {
			// the page renders every part itself then: slower, never wrong
			logger.warn("Parts of the page could not be rendered ahead; every request renders them", ex);
		}
	}

	/** The markup this form can take instead of rendering it. */
	public ReusableParts reusable(Form form) {
		Ready parts = this.ready;
		return (parts != null) ? parts.reusable(form) : ReusableParts.NONE;
	}

	/**
	 * The result part's markup from its skeleton, or null when the page renders it: until
	 * the parts are ready, or for a result no skeleton fits.
	 * @param result the page's {@code result} view
	 * @param sites the page's {@code sitesView}
	 * @param permalink what a log line names the result by
	 */
	public String result(Record result, Record sites, String permalink) {
		return (this.ready != null) ? this.results.render(result, sites, permalink) : null;
	}

	/**
	 * The whole page from its skeleton ({@link PageSkeletons}), or null when the template
	 * renders it: until the parts are ready, without the beans the layout names, or for a
	 * page without a result or with a part of its form rendered by the template.
	 * @param model the model {@code index.html} is rendered with
	 * @param form the page's {@code form}
	 */
	public String page(Map<String, Object> model, Form form) {
		return written(this.pages, model, form);
	}

	/**
	 * The htmx swap ({@code fragments/result :: swap}) from its skeleton, or null when
	 * the template renders it; as {@link #page}.
	 */
	public String swap(Map<String, Object> model, Form form) {
		return written(this.swaps, model, form);
	}

	private String written(PageSkeletons skeletons, Map<String, Object> model, Form form) {
		ApplicationContext context = this.beans;
		if (this.ready == null || context == null) {
			return null;
		}
		return skeletons.render(model, form,
				() -> Map.of(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
						new ThymeleafEvaluationContext(context, null)));
	}

	/** How many page shapes have a skeleton, swaps included. */
	public int pageShapes() {
		return this.pages.size() + this.swaps.size();
	}

	/** How many result shapes have a skeleton. */
	public int resultShapes() {
		return this.results.size();
	}

	/**
	 * The parts of the form nobody typed in, with the views they were rendered from, and
	 * the skeleton of each text field with a valid value typed in.
	 */
	private record Ready(Map<String, Form.Field> untouched, Map<String, String> fields, Map<String, Skeleton> typed,
			Map<String, String> errors, Record sites, String sitesMarkup, Map<List<? extends Record>, String> tabs) {

		/**
		 * What a field's skeleton must reproduce before it is used: every markup
		 * character, then another value of another length.
		 */
		private static final List<String> SAMPLES = List.of("a&b<c>\"d'e f", Skeleton.other("a&b<c>\"d'e f"));

		static Ready render(ITemplateEngine engine, Form form, List<? extends Form> eachServer) {
			Map<String, Form.Field> untouched = new HashMap<>();
			Map<String, String> fields = new HashMap<>();
			Map<String, Skeleton> typed = new HashMap<>();
			Map<String, String> errors = new HashMap<>();
			for (Form.Field field : form.fields()) {
				untouched.put(field.name(), field);
				fields.put(field.name(), field(engine, field));
				if (!field.select()) {
					Skeleton skeleton = Skeleton.checked(field(engine, field.withValue(Skeleton.mark(0))),
							sample(engine, field, SAMPLES.get(0)), sample(engine, field, SAMPLES.get(1)));
					if (skeleton != null) {
						typed.put(field.name(), skeleton);
					}
				}
				errors.put(field.name(),
						Fragment.render(engine, "fragments/field", "error", Map.of("field", field, "oob", true)));
			}
			String sites = Fragment.render(engine, "fragments/sites", "form", Map.of("sites", form.sites()));
			Map<List<? extends Record>, String> tabs = new HashMap<>();
			for (Form server : eachServer) {
				tabs.put(server.vendors(),
						Fragment.render(engine, "fragments/vendors", "tabs", Map.of("vendors", server.vendors())));
			}
			return new Ready(Map.copyOf(untouched), Map.copyOf(fields), Map.copyOf(typed), Map.copyOf(errors),
					form.sites(), sites, Map.copyOf(tabs));
		}

		private static String field(ITemplateEngine engine, Form.Field field) {
			return Fragment.render(engine, "fragments/field", "field", Map.of("field", field));
		}

		private static Skeleton.Filling sample(ITemplateEngine engine, Form.Field field, String value) {
			return new Skeleton.Filling(List.of(value), field(engine, field.withValue(value)));
		}

		ReusableParts reusable(Form form) {
			Map<String, String> fields = new HashMap<>();
			Map<String, String> errors = new HashMap<>();
			for (Form.Field field : form.fields()) {
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
		private String field(Form.Field field) {
			Form.Field blank = this.untouched.get(field.name());
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
