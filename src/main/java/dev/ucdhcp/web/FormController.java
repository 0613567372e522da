package dev.ucdhcp.web;

import java.util.Map;

import dev.ucdhcp.vendors.TargetRegistry;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one page: the form, and the result when the query holds inputs. Its URL is the
 * permalink. htmx asks for the result fragment only (header {@code HX-Request}); a
 * browser without JavaScript gets the whole page for the same GET.
 */
@Controller
public class FormController {

	private final SubmissionReader reader;

	private final TargetRegistry targets;

	private final Permalinks permalinks;

	public FormController(SubmissionReader reader, TargetRegistry targets, Permalinks permalinks) {
		this.reader = reader;
		this.targets = targets;
		this.permalinks = permalinks;
	}

	@GetMapping("/")
	public String index(@RequestParam Map<String, String> query,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		Submission submission = this.reader.read(query);
		model.addAttribute("form", FormView.of(submission, this.targets));
		if (submission.valid()) {
			model.addAttribute("result",
					ResultView.of(submission.provisioning().get(), submission.target().get(), this.permalinks));
			model.addAttribute("sitesView",
					SitesView.of(submission.provisioning().get(), submission.vendor(), this.permalinks));
		}
		model.addAttribute("submitted", submission.submitted());
		if ("true".equals(htmx) && !"true".equals(historyRestore)) {
			response.setHeader("HX-Push-Url", submission.submitted() ? this.permalinks.relative(submission) : "/");
			return "fragments/result :: swap";
		}
		return "index";
	}

}
