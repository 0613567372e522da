package dev.ucdhcp.web.prerender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;

/**
 * The result part of the page, written from skeletons: the template renders a result once
 * per shape (server, rows, warnings, flags: everything but the texts) with numbered marks
 * for its texts, and every result of that shape fills the marks with its own texts,
 * escaped. A never-seen pool name of a seen shape then costs no template work
 * (bench/run.sh, issue 15).
 * <p>
 * A skeleton is kept only when filling it reads byte for byte as the template's own
 * rendering twice: with the texts of the result it was made for, and with other texts of
 * the same shape ({@link Skeleton#other}). A shape whose skeleton does not (a template
 * that tests a text beyond its emptiness) is rendered by the template every time. At most
 * {@link #LIMIT} shapes are kept; the next one starts the set afresh, so no run of inputs
 * can grow it.
 */
final class ResultSkeletons {

	static final int LIMIT = 128;

	private static final Logger logger = LoggerFactory.getLogger(ResultSkeletons.class);

	private static final String TEXT = String.valueOf(Skeleton.OPEN);

	private final ITemplateEngine engine;

	private final Shapes shapes = new Shapes(LIMIT);

	ResultSkeletons(ITemplateEngine engine) {
		this.engine = engine;
	}

	/**
	 * The result part's markup, or null when the template must render it.
	 * @param result the page's {@code result} view
	 * @param sites the page's {@code sitesView}
	 * @param permalink what a log line names the result by
	 */
	String render(Record result, Record sites, String permalink) {
		List<String> texts = new ArrayList<>();
		List<Object> shape;
		try {
			shape = List.of(ViewTexts.replace(result, (text) -> collect(texts, text)),
					ViewTexts.replace(sites, (text) -> collect(texts, text)));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (texts.stream().anyMatch(Skeleton::holdsMarks)) {
			return null;
		}
		return this.shapes.write(shape, texts, () -> learn(result, sites, texts, permalink));
	}

	/** How many shapes are written from their skeleton. */
	int size() {
		return this.shapes.size();
	}

	private Shapes.Learnt learn(Record result, Record sites, List<String> texts, String permalink) {
		String rendered = template(result, sites);
		int[] slot = { 0 };
		String marked = template(ViewTexts.replace(result, (text) -> Skeleton.mark(slot[0]++)),
				ViewTexts.replace(sites, (text) -> Skeleton.mark(slot[0]++)));
		Skeleton skeleton = Skeleton.checked(marked, new Skeleton.Filling(texts, rendered), other(result, sites));
		if (skeleton == null) {
			logger.warn("The result part of {} reads differently from its skeleton; results of its shape are"
					+ " rendered by the template", permalink);
		}
		return new Shapes.Learnt(rendered, skeleton);
	}

	/** The same shape with other texts, and the template's rendering of it. */
	private Skeleton.Filling other(Record result, Record sites) {
		List<String> texts = new ArrayList<>();
		Record otherResult = ViewTexts.replace(result, (text) -> otherText(texts, text));
		Record otherSites = ViewTexts.replace(sites, (text) -> otherText(texts, text));
		return new Skeleton.Filling(texts, template(otherResult, otherSites));
	}

	private String template(Record result, Record sites) {
		return Fragment.render(this.engine, "fragments/result", "result",
				Map.of("result", result, "sitesView", sites, "submitted", true));
	}

	private static String collect(List<String> texts, String text) {
		texts.add(text);
		return TEXT;
	}

	private static String otherText(List<String> texts, String text) {
		String other = Skeleton.other(text);
		texts.add(other);
		return other;
	}

}
