package dev.ucdhcp.web.prerender;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skeletons a run of requests can make are bounded: at the limit the next new shape
 * starts the set afresh; a shape learnt once is filled from then on, and a shape without
 * a skeleton is left to the template without learning it again.
 */
class ShapesTest {

	private final AtomicInteger learnt = new AtomicInteger();

	@Test
	void fillsAShapeLearntOnceAndAnswersItsFirstRenderingFromTheTemplate() {
		Shapes shapes = new Shapes(4);
		assertThat(shapes.write(List.of("a"), List.of("x<y"), () -> learn("<p>x&lt;y</p>"))).isEqualTo("<p>x&lt;y</p>");
		assertThat(shapes.write(List.of("a"), List.of("b&c"), () -> learn("unused"))).isEqualTo("<p>b&amp;c</p>");
		assertThat(this.learnt).as("learnt once").hasValue(1);
		assertThat(shapes.size()).isOne();
	}

	@Test
	void leavesAShapeWithoutASkeletonToTheTemplateAndDoesNotLearnItAgain() {
		Shapes shapes = new Shapes(4);
		assertThat(shapes.write(List.of("a"), List.of("x"), () -> {
			this.learnt.incrementAndGet();
			return new Shapes.Learnt("<p>x</p>", null);
		})).isEqualTo("<p>x</p>");
		assertThat(shapes.write(List.of("a"), List.of("y"), () -> learn("unused"))).isNull();
		assertThat(this.learnt).hasValue(1);
		assertThat(shapes.size()).isZero();
	}

	@Test
	void keepsTheLimitAndStartsAfreshOnePastIt() {
		Shapes shapes = new Shapes(16);
		for (int shape = 1; shape <= 16; shape++) {
			shapes.write(List.of(shape), List.of("x"), () -> learn("<p>x</p>"));
		}
		assertThat(shapes.size()).as("the limit").isEqualTo(16);
		assertThat(shapes.write(List.of(1), List.of("z"), () -> learn("unused"))).as("still kept")
			.isEqualTo("<p>z</p>");
		shapes.write(List.of(17), List.of("x"), () -> learn("<p>x</p>"));
		assertThat(shapes.size()).as("one past the limit").isOne();
		assertThat(shapes.write(List.of(17), List.of("w"), () -> learn("unused"))).isEqualTo("<p>w</p>");
		assertThat(this.learnt).hasValue(17);
	}

	private Shapes.Learnt learn(String rendered) {
		this.learnt.incrementAndGet();
		return new Shapes.Learnt(rendered, Skeleton.parse("<p>" + Skeleton.mark(0) + "</p>", 1));
	}

}
