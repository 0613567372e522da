package dev.ucdhcp.web;

import java.util.Map;

import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.http.Htmx;
import dev.ucdhcp.web.http.Routes;
import dev.ucdhcp.web.prerender.PrerenderedParts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one page: the form, and the result when the query holds inputs. Its URL is the
 * permalink. htmx asks for the result fragment only (header {@code HX-Request}); a
 * browser without JavaScript gets the whole page for the same GET.
 */
@Controller
class FormController {

	static final String DEFAULT_TITLE = "ucdhcp: DHCP options 120 and 43 for Lync and Skype for Business phones";

	private static final String PAGE = "index";

	private static final String SWAP = "fragments/result :: swap";

	private final SubmissionReader reader;

	private final TargetRegistry targets;

	private final Permalinks permalinks;

	private final PrerenderedParts prerendered;

	FormController(SubmissionReader reader, TargetRegistry targets, Permalinks permalinks,
			PrerenderedParts prerendered) {
		this.reader = reader;
		this.targets = targets;
		this.permalinks = permalinks;
		this.prerendered = prerendered;
	}

	@GetMapping(Routes.PAGE)
	ModelAndView index(@RequestParam Map<String, String> query, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Submission submission = this.reader.read(query);
		if (!Htmx.wantsFragment(request)) {
			// a plain GET form sends every field, blanks and the topology tab too: the
			// address bar then shows the permalink, as it does with JavaScript
			String canonical = this.permalinks.canonicalRedirect(submission, query);
			if (canonical != null) {
				return new ModelAndView("redirect:" + canonical);
			}
		}
		FormView form = FormView.of(submission, this.targets);
		model.addAttribute("form", form);
		model.addAttribute("reuse", this.prerendered.reusable(form));
		model.addAttribute("advancedSummary", form.advancedSummary());
		String title = submission.submitted() ? form.fixTitle() : DEFAULT_TITLE;
		if (submission.valid()) {
			ResultView result = ResultView.of(submission.provisioning().get(), submission.target().get(),
					this.permalinks);
			SitesView sites = SitesView.of(submission.provisioning().get(), submission.vendor(), this.permalinks);
			model.addAttribute("result", result);
			model.addAttribute("sitesView", sites);
			model.addAttribute("resultMarkup", this.prerendered.result(result, sites, result.permalink()));
			title = sites.titlePrefix() + result.title();
		}
		model.addAttribute("pageTitle", title);
		model.addAttribute("submitted", submission.submitted());
		if (Htmx.answerWithFragment(request, response)) {
			Htmx.pushUrl(response, submission.submitted() ? this.permalinks.relative(submission) : "/");
			String swap = this.prerendered.swap(model.asMap(), form);
			return (swap != null) ? new ModelAndView(new HtmlPage(SWAP, swap)) : new ModelAndView(SWAP);
		}
		String page = this.prerendered.page(model.asMap(), form);
		return (page != null) ? new ModelAndView(new HtmlPage(PAGE, page)) : new ModelAndView(PAGE);
	}

}
