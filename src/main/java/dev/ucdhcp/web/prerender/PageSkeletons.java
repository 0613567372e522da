package dev.ucdhcp.web.prerender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The whole page around a result, or the htmx swap that replaces it, written from a
 * skeleton per shape: {@code index.html} and its layout (or {@code fragments/result ::
 * swap}) rendered once with marks for the title, the Advanced summary, the result part
 * and every part rendered ahead, then filled with each request's own. The template then
 * runs once per shape, not once per request: it was over half a never-seen page's CPU,
 * mostly walking markup that never changes (bench/run.sh, JFR).
 * <p>
 * Used only when the page holds a result and every part of the form it writes was
 * rendered ahead: it then reads nothing else from the form than its
 * {@link Form#pageChoices}, which are the shape. A skeleton is kept only when it reads
 * byte for byte as the template twice, with this request's texts and parts and with
 * others ({@link Skeleton#checked}); at most {@link #LIMIT} shapes ({@link Shapes}).
 */
final class PageSkeletons {

	/** What is written from a skeleton, and which parts rendered ahead it writes. */
	enum Kind {

		/** The page: the sites part, the server tabs and every field. */
		PAGE("index", null),

		/** The htmx swap: every field's error line, in one piece. */
		SWAP("fragments/result", "swap");

		private final String template;

		private final Set<String> selectors;

		Kind(String template, String selector) {
			this.template = template;
			this.selectors = (selector != null) ? Set.of(selector) : null;
		}

	}

	static final int LIMIT = 32;

	private static final Logger logger = LoggerFactory.getLogger(PageSkeletons.class);

	/** The page's texts, escaped where filled; the parts after them are markup. */
	private static final List<String> TEXTS = List.of("pageTitle", "advancedSummary");

	private final ITemplateEngine engine;

	private final Kind kind;

	private final Shapes shapes = new Shapes(LIMIT);

	PageSkeletons(ITemplateEngine engine, Kind kind) {
		this.engine = engine;
		this.kind = kind;
	}

	/**
	 * The page's (or swap's) markup, or null when the template must render it.
	 * @param model the model the template is rendered with
	 * @param form the page's {@code form}
	 * @param variables what else the template reads outside a request (the beans it
	 * names), afresh for each rendering
	 */
	String render(Map<String, Object> model, Form form, Supplier<Map<String, Object>> variables) {
		List<String> texts = texts(model, form, this.kind);
		if (texts == null) {
			return null;
		}
		List<Object> shape = List.of(form.pageChoices(), model.get("submitted"),
				form.fields().stream().map(Form.Field::name).toList());
		return this.shapes.write(shape, texts, () -> learn(shape, model, form, texts, variables));
	}

	/** How many page shapes are written from their skeleton. */
	int size() {
		return this.shapes.size();
	}

	/**
	 * The texts, then the parts: the result, then the page's sites, tabs and fields or
	 * the swap's error lines; null when there is no result, a part is missing, or a text
	 * is empty or holds marks.
	 */
	private static List<String> texts(Map<String, Object> model, Form form, Kind kind) {
		if (!(model.get("resultMarkup") instanceof String result)
				|| !(model.get("reuse") instanceof ReusableParts reuse)) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		for (String name : TEXTS) {
			if (!(model.get(name) instanceof String text) || text.isEmpty() || Skeleton.holdsMarks(text)) {
				return null;
			}
			texts.add(text);
		}
		texts.add(result);
		if (kind == Kind.SWAP) {
			texts.add(reuse.errorLines(form.fields()));
		}
		else {
			texts.add(reuse.sites());
			texts.add(reuse.vendors());
			form.fields().forEach((field) -> texts.add(reuse.fields().get(field.name())));
		}
		return texts.contains(null) ? null : texts;
	}

	/**
	 * The template's rendering and the shape's skeleton; neither when the template cannot
	 * be rendered outside a request (a template that reads one breaks the rules): the
	 * request's own view renders it then, as it does every later page of the shape.
	 */
	private Shapes.Learnt learn(List<Object> shape, Map<String, Object> model, Form form, List<String> texts,
			Supplier<Map<String, Object>> variables) {
		try {
			String rendered = template(model, variables);
			int[] slot = { 0 };
			String marked = template(replaced(model, form, this.kind, (text) -> Skeleton.mark(slot[0]++)), variables);
			List<String> others = new ArrayList<>();
			String other = template(replaced(model, form, this.kind, (text) -> {
				others.add(Skeleton.other(text));
				return others.get(others.size() - 1);
			}), variables);
			Skeleton skeleton = Skeleton.checked(marked, new Skeleton.Filling(texts, rendered),
					new Skeleton.Filling(others, other), TEXTS.size());
			if (skeleton == null) {
				logger.warn("The page of shape {} reads differently from its skeleton; its pages are rendered by the"
						+ " template", shape);
			}
			return new Shapes.Learnt(rendered, skeleton);
		}
		catch (RuntimeException ex) {
			logger.warn("The page of shape {} cannot be rendered outside a request; its pages are rendered by the"
					+ " template", shape, ex);
			return new Shapes.Learnt(null, null);
		}
	}

	/**
	 * The model with each text and part {@code replacement} gives for it, in the order of
	 * {@link #texts}.
	 */
	private static Map<String, Object> replaced(Map<String, Object> model, Form form, Kind kind,
			UnaryOperator<String> replacement) {
		Map<String, Object> replaced = new HashMap<>(model);
		for (String name : TEXTS) {
			replaced.put(name, replacement.apply((String) model.get(name)));
		}
		ReusableParts reuse = (ReusableParts) model.get("reuse");
		replaced.put("resultMarkup", replacement.apply((String) model.get("resultMarkup")));
		if (kind == Kind.SWAP) {
			// the first field's line stands for all of them, the others write nothing
			Map<String, String> errors = new HashMap<>();
			form.fields().forEach((field) -> errors.put(field.name(), ""));
			errors.put(form.fields().get(0).name(), replacement.apply(reuse.errorLines(form.fields())));
			replaced.put("reuse", new ReusableParts(reuse.fields(), errors, reuse.sites(), reuse.vendors()));
			return replaced;
		}
		String sites = replacement.apply(reuse.sites());
		String vendors = replacement.apply(reuse.vendors());
		Map<String, String> fields = new HashMap<>();
		form.fields().forEach((field) -> fields.put(field.name(), replacement.apply(reuse.fields().get(field.name()))));
		replaced.put("reuse", new ReusableParts(fields, reuse.errors(), sites, vendors));
		return replaced;
	}

	private String template(Map<String, Object> model, Supplier<Map<String, Object>> variables) {
		Map<String, Object> all = new HashMap<>(model);
		all.putAll(variables.get());
		return this.engine.process(this.kind.template, this.kind.selectors, new Context(Locale.ROOT, all));
	}

}
