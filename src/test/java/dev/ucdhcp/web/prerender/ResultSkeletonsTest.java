package dev.ucdhcp.web.prerender;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.Permalinks;
import dev.ucdhcp.web.ResultView;
import dev.ucdhcp.web.SitesView;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A result written from its shape's skeleton reads as the template writes it; a shape the
 * skeleton cannot stand for is left to the template; the set of shapes is bounded.
 */
class ResultSkeletonsTest {

	private static final Permalinks PERMALINKS = new Permalinks("http://localhost:8080");

	private final ITemplateEngine engine = OutsideSpring.engine();

	@Test
	void aResultOfAKnownShapeIsFilledInAndReadsAsTheTemplateWritesIt() {
		ResultSkeletons skeletons = new ResultSkeletons(this.engine);
		ResultView first = result("lync.schertz.local", "kea");
		ResultView second = result("sip.contoso.com", "kea");
		SitesView none = new SitesView("", List.of());

		assertThat(skeletons.render(first, none, "test")).as("learnt from the template")
			.isEqualTo(template(first, none));
		assertThat(skeletons.size()).isOne();
		String filled = skeletons.render(second, none, "test");
		assertThat(skeletons.size()).as("the same shape").isOne();
		assertThat(filled).isEqualTo(template(second, none)).contains("sip.contoso.com").doesNotContain("schertz");
	}

	@Test
	void textsAreEscapedAsTheTemplateEscapesThem() {
		ResultSkeletons skeletons = new ResultSkeletons(this.engine);
		SitesView none = new SitesView("", List.of());
		skeletons.render(result("lync.schertz.local", "isc"), none, "test");
		ResultView hostile = ViewTexts.replace(result("lync.schertz.local", "isc"),
				(text) -> text + "<a href=\"x\">'&'");

		String filled = skeletons.render(hostile, none, "test");
		assertThat(filled).isEqualTo(template(hostile, none)).contains("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;");
	}

	@Test
	void aTextHoldingTheMarksIsLeftToTheTemplate() {
		ResultSkeletons skeletons = new ResultSkeletons(this.engine);
		ResultView marked = ViewTexts.replace(result("lync.schertz.local", "kea"), (text) -> text + Skeleton.mark(0));

		assertThat(skeletons.render(marked, new SitesView("", List.of()), "test")).isNull();
		assertThat(skeletons.size()).isZero();
	}

	@Test
	void aShapeWhoseSkeletonReadsDifferentlyIsLeftToTheTemplate() {
		// a template that prints a text's length: the skeleton would print the mark's
		ITemplateEngine lengths = mock(ITemplateEngine.class);
		when(lengths.process(eq("fragments/result"), eq(Set.of("result")), any(IContext.class)))
			.thenAnswer((call) -> "<p>"
					+ ((ResultView) call.getArgument(2, IContext.class).getVariable("result")).pool().length()
					+ "</p>");
		ResultSkeletons skeletons = new ResultSkeletons(lengths);
		SitesView none = new SitesView("", List.of());

		assertThat(skeletons.render(result("lync.schertz.local", "kea"), none, "test"))
			.as("the template's own rendering")
			.isEqualTo("<p>18</p>");
		assertThat(skeletons.render(result("sip.contoso.com", "kea"), none, "test")).as("then always the template's")
			.isNull();
		assertThat(skeletons.size()).isZero();
	}

	@Test
	void aShapeIsKeptOnlyWhenASecondFillingReadsAsTheTemplateToo() {
		// a template that tests a text's length: the mark and the first pool name are
		// short, so one filling alone would keep a skeleton that writes every long pool
		// name of this shape wrong
		ITemplateEngine threshold = mock(ITemplateEngine.class);
		when(threshold.process(eq("fragments/result"), eq(Set.of("result")), any(IContext.class)))
			.thenAnswer((call) -> {
				String pool = ((ResultView) call.getArgument(2, IContext.class).getVariable("result")).pool();
				return "<p class=\"" + ((pool.length() > 19) ? "long" : "short") + "\">" + HtmlText.escape(pool)
						+ "</p>";
			});
		ResultSkeletons skeletons = new ResultSkeletons(threshold);
		SitesView none = new SitesView("", List.of());

		assertThat(skeletons.render(result("lync.schertz.local", "kea"), none, "test"))
			.isEqualTo("<p class=\"short\">lync.schertz.local</p>");
		assertThat(skeletons.size()).as("refused by the second filling").isZero();
		assertThat(skeletons.render(result("lync.schertz.example", "kea"), none, "test")).as("left to the template")
			.isNull();
	}

	@Test
	void aSkeletonIsCheckedAgainstBothFillings() {
		String marked = "<p>" + Skeleton.mark(0) + "</p>";
		Skeleton.Filling first = new Skeleton.Filling(List.of("a<b"), "<p>a&lt;b</p>");
		Skeleton.Filling second = new Skeleton.Filling(List.of(Skeleton.other("a<b")),
				"<p>" + HtmlText.escape(Skeleton.other("a<b")) + "</p>");
		Skeleton.Filling wrong = new Skeleton.Filling(List.of("long text"), "<p class=\"long\">long text</p>");

		assertThat(Skeleton.checked(marked, first, second)).isNotNull();
		assertThat(Skeleton.checked(marked, first, wrong)).isNull();
		assertThat(Skeleton.checked(marked, wrong, second)).isNull();
		assertThat(Skeleton.other("a<b")).as("another value, another length, markup characters")
			.isNotEqualTo("a<b")
			.hasSizeGreaterThan(40)
			.contains("<", "&", "\"", "'");
	}

	@Test
	void atMostLimitShapesAreKeptAndOnePastStartsAfresh() {
		ResultSkeletons skeletons = new ResultSkeletons(this.engine);
		ResultView result = result("lync.schertz.local", "dnsmasq");
		for (int count = 1; count <= ResultSkeletons.LIMIT; count++) {
			skeletons.render(result, sites(count), "test");
		}
		assertThat(skeletons.size()).as("the limit").isEqualTo(ResultSkeletons.LIMIT);

		String past = skeletons.render(result, sites(ResultSkeletons.LIMIT + 1), "test");
		assertThat(skeletons.size()).as("one past the limit").isOne();
		assertThat(past).isEqualTo(template(result, sites(ResultSkeletons.LIMIT + 1)));
	}

	@Test
	void viewsOfOtherKindsAreRefused() {
		record Counted(String name, int count) {
		}
		assertThatIllegalArgumentException().isThrownBy(() -> ViewTexts.replace(new Counted("a", 1), (text) -> text));
	}

	@Test
	void skeletonsFillEverySlotAndRefuseBrokenMarks() {
		Skeleton skeleton = Skeleton.parse(
				"<p title=\"" + Skeleton.mark(1) + "\">" + Skeleton.mark(0) + " and " + Skeleton.mark(1) + "</p>", 2);
		assertThat(skeleton.fill(List.of("a<b", "\"c\"")))
			.isEqualTo("<p title=\"&quot;c&quot;\">a&lt;b and &quot;c&quot;</p>");

		assertThatIllegalArgumentException().isThrownBy(() -> Skeleton.parse("<p>" + Skeleton.mark(2) + "</p>", 2));
		assertThatIllegalArgumentException().isThrownBy(() -> Skeleton.parse("<p>" + Skeleton.OPEN + "1</p>", 2));
		assertThatIllegalArgumentException().isThrownBy(() -> Skeleton.parse("<p>1" + Skeleton.CLOSE + "</p>", 2));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Skeleton.parse(Skeleton.CLOSE + "<p>" + Skeleton.mark(0) + "</p>", 2));
	}

	private static ResultView result(String pool, String vendor) {
		TargetRegistry targets = new TargetRegistry();
		return ResultView.of(ProvisioningInputs.parse(Map.of("pool", pool)).provisioning().orElseThrow(),
				targets.find(vendor).orElseThrow(), PERMALINKS);
	}

	private static SitesView sites(int count) {
		List<SitesView.SiteRow> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new SitesView.SiteRow("site" + i, "10.0." + i + ".0/24", "lync.schertz.local", "00", "1",
					"/?site=site" + i));
		}
		return new SitesView("", rows);
	}

	private String template(ResultView result, SitesView sites) {
		return this.engine.process("fragments/result", Set.of("result"),
				new Context(Locale.ROOT, Map.of("result", result, "sitesView", sites, "submitted", true)));
	}

}
