package dev.ucdhcp.web.prerender;

import java.util.HashMap;
import java.util.Map;

import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.FormView;
import dev.ucdhcp.web.Permalinks;
import dev.ucdhcp.web.ResultView;
import dev.ucdhcp.web.SitesView;
import dev.ucdhcp.web.Submission;
import dev.ucdhcp.web.SubmissionReader;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page whose template cannot be rendered outside a request (here: the layout's asset
 * bean is missing) is left to the request's own view, every time, and never fails the
 * request.
 */
class PageSkeletonsTest {

	private static final TargetRegistry TARGETS = new TargetRegistry();

	private final SubmissionReader reader = new SubmissionReader(TARGETS);

	@Test
	void leavesAPageItCannotRenderOutsideARequestToTheTemplate() {
		PrerenderedParts parts = OutsideSpring.parts(OutsideSpring.engine(), TARGETS);
		GenericApplicationContext noAssets = new GenericApplicationContext();
		noAssets.refresh();
		parts.setApplicationContext(noAssets);

		for (String pool : new String[] { "lync.schertz.local", "sip.contoso.com" }) {
			Submission submission = this.reader.read(Map.of("pool", pool, "vendor", "kea"));
			FormView form = FormView.of(submission, TARGETS);
			Permalinks permalinks = new Permalinks("http://localhost:8080");
			ResultView result = ResultView.of(submission.provisioning().get(), submission.target().get(), permalinks);
			SitesView sites = SitesView.of(submission.provisioning().get(), submission.vendor(), permalinks);
			Map<String, Object> model = new HashMap<>(
					Map.of("form", form, "reuse", parts.reusable(form), "advancedSummary", form.advancedSummary(),
							"result", result, "sitesView", sites, "pageTitle", result.title(), "submitted", true));
			model.put("resultMarkup", parts.result(result, sites, result.permalink()));
			assertThat(model.get("resultMarkup")).as("the result part from its skeleton").isNotNull();
			assertThat(parts.page(model, form)).as(pool).isNull();
			assertThat(parts.swap(model, form)).as("the swap names no bean: " + pool).isNotNull();
		}
		assertThat(parts.pageShapes()).as("the swap's shape only").isOne();
	}

}
