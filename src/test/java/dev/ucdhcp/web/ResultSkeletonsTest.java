package dev.ucdhcp.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.vendors.TargetRegistry;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

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

	private final ITemplateEngine engine = engine();

	@Test
	void aResultOfAKnownShapeIsFilledInAndReadsAsTheTemplateWritesIt() {
		ResultSkeletons skeletons = new ResultSkeletons(this.engine);
		ResultView first = result("lync.schertz.local", "kea");
		ResultView second = result("sip.contoso.com", "kea");
		SitesView none = new SitesView("", List.of());

		assertThat(skeletons.render(first, none)).as("learnt from the template").isEqualTo(template(first, none));
		assertThat(skeletons.size()).isOne();
		String filled = skeletons.render(second, none);
		assertThat(skeletons.size()).as("the same shape").isOne();
		assertThat(filled).isEqualTo(template(second, none)).contains("sip.contoso.com").doesNotContain("schertz");
	}

	@Test
	void textsAreEscapedAsTheTemplateEscapesThem() {
		ResultSkeletons skeletons = new ResultSkeletons(this.engine);
		SitesView none = new SitesView("", List.of());
		skeletons.render(result("lync.schertz.local", "isc"), none);
		ResultView hostile = ViewTexts.replace(result("lync.schertz.local", "isc"),
				(text) -> text + "<a href=\"x\">'&'");

		String filled = skeletons.render(hostile, none);
		assertThat(filled).isEqualTo(template(hostile, none)).contains("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;");
	}

	@Test
	void aTextHoldingTheMarksIsLeftToTheTemplate() {
		ResultSkeletons skeletons = new ResultSkeletons(this.engine);
		ResultView marked = ViewTexts.replace(result("lync.schertz.local", "kea"), (text) -> text + Skeleton.mark(0));

		assertThat(skeletons.render(marked, new SitesView("", List.of()))).isNull();
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

		assertThat(skeletons.render(result("lync.schertz.local", "kea"), none)).as("the template's own rendering")
			.isEqualTo("<p>18</p>");
		assertThat(skeletons.render(result("sip.contoso.com", "kea"), none)).as("then always the template's").isNull();
		assertThat(skeletons.size()).isZero();
	}

	@Test
	void atMostLimitShapesAreKeptAndOnePastStartsAfresh() {
		ResultSkeletons skeletons = new ResultSkeletons(this.engine);
		ResultView result = result("lync.schertz.local", "dnsmasq");
		for (int count = 1; count <= ResultSkeletons.LIMIT; count++) {
			skeletons.render(result, sites(count));
		}
		assertThat(skeletons.size()).as("the limit").isEqualTo(ResultSkeletons.LIMIT);

		String past = skeletons.render(result, sites(ResultSkeletons.LIMIT + 1));
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

	private static ITemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
