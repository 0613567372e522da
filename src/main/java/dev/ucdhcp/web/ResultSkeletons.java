package dev.ucdhcp.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;

/**
 * The result part of the page, written from skeletons: the template renders a result once
 * per shape (server, rows, warnings, flags: everything but the texts) with numbered marks
 * for its texts, and every result of that shape fills the marks with its own texts,
 * escaped. A never-seen pool name of a seen shape then costs no template work
 * (bench/run.sh, issue 15).
 * <p>
 * A skeleton is kept only when filling it with the texts of the result it was made for
 * reads byte for byte as the template's own rendering of that result; a shape whose
 * skeleton does not (a template that tests a text beyond its emptiness) is rendered by
 * the template every time. At most {@link #LIMIT} shapes are kept; the next one starts
 * the set afresh, so no run of inputs can grow it.
 */
final class ResultSkeletons {

	static final int LIMIT = 128;

	private static final Log logger = LogFactory.getLog(ResultSkeletons.class);

	private static final String TEXT = String.valueOf(Skeleton.OPEN);

	/** The place of a shape the template must render itself. */
	private static final Skeleton UNUSABLE = Skeleton.parse("", 0);

	private final ITemplateEngine engine;

	private final Map<List<Object>, Skeleton> skeletons = new ConcurrentHashMap<>();

	ResultSkeletons(ITemplateEngine engine) {
		this.engine = engine;
	}

	/** The result part's markup, or null when the template must render it. */
	String render(ResultView result, SitesView sites) {
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
		Skeleton skeleton = this.skeletons.get(shape);
		if (skeleton == null) {
			return learn(shape, result, sites, texts);
		}
		return (skeleton != UNUSABLE) ? skeleton.fill(texts) : null;
	}

	/** How many shapes are written from their skeleton. */
	int size() {
		return (int) this.skeletons.values().stream().filter((skeleton) -> skeleton != UNUSABLE).count();
	}

	private String learn(List<Object> shape, ResultView result, SitesView sites, List<String> texts) {
		int[] slot = { 0 };
		ResultView marked = ViewTexts.replace(result, (text) -> Skeleton.mark(slot[0]++));
		SitesView markedSites = ViewTexts.replace(sites, (text) -> Skeleton.mark(slot[0]++));
		String rendered = template(result, sites);
		Skeleton skeleton = Skeleton.checked(template(marked, markedSites), texts, rendered);
		if (skeleton == null) {
			logger.warn("The result part of " + result.permalink()
					+ " reads differently from its skeleton; results of its shape are rendered by the template");
			skeleton = UNUSABLE;
		}
		if (this.skeletons.size() >= LIMIT) {
			this.skeletons.clear();
		}
		this.skeletons.put(shape, skeleton);
		return rendered;
	}

	private String template(ResultView result, SitesView sites) {
		return PrerenderedParts.fragment(this.engine, "fragments/result", "result",
				Map.of("result", result, "sitesView", sites, "submitted", true));
	}

	private static String collect(List<String> texts, String text) {
		texts.add(text);
		return TEXT;
	}

}
