package dev.ucdhcp.web.prerender;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Skeletons by shape, at most {@code limit} of them: the next new shape starts the set
 * afresh, so no run of inputs can grow it. A shape whose skeleton did not read as its
 * template is kept as one the template renders, and is not learnt again.
 */
final class Shapes {

	private static final Skeleton UNUSABLE = Skeleton.parse("", 0);

	private final int limit;

	private final Map<List<Object>, Skeleton> skeletons = new ConcurrentHashMap<>();

	Shapes(int limit) {
		this.limit = limit;
	}

	/**
	 * What the template renders, learnt for a shape never seen.
	 *
	 * @param rendered the template's own rendering, the answer this time; null when the
	 * request's own view must render it
	 * @param skeleton the shape's skeleton, null when none reads as the template
	 */
	record Learnt(String rendered, Skeleton skeleton) {
	}

	/**
	 * The shape's skeleton filled with {@code texts}, or null when the template renders
	 * this shape; a shape never seen is learnt first, and the template's rendering is the
	 * answer.
	 */
	String write(List<Object> shape, List<String> texts, Supplier<Learnt> learning) {
		Skeleton skeleton = this.skeletons.get(shape);
		if (skeleton != null) {
			return (skeleton != UNUSABLE) ? skeleton.fill(texts) : null;
		}
		Learnt learnt = learning.get();
		if (this.skeletons.size() >= this.limit) {
			this.skeletons.clear();
		}
		this.skeletons.put(shape, (learnt.skeleton() != null) ? learnt.skeleton() : UNUSABLE);
		return learnt.rendered();
	}

	/** How many shapes are written from their skeleton. */
	int size() {
		return (int) this.skeletons.values().stream().filter((skeleton) -> skeleton != UNUSABLE).count();
	}

}
