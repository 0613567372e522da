package dev.ucdhcp.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.ucdhcp.web.http.Routes;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The change record for the inputs in the query (the permalink's query): one page an
 * administrator prints or saves and attaches to a change ticket. It carries a timestamp,
 * so it is rendered fresh, never replayed from the render cache.
 */
@Controller
public class ChangeRecordController {

	private final SubmissionReader reader;

	private final Permalinks permalinks;

	private final String version;

	private final Clock clock;

	public ChangeRecordController(SubmissionReader reader, Permalinks permalinks,
			ObjectProvider<BuildProperties> build) {
		this.reader = reader;
		this.permalinks = permalinks;
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? "ucdhcp " + properties.getVersion() : "ucdhcp (development build)";
		this.clock = Clock.systemUTC();
	}

	@GetMapping(Routes.RECORD)
	public String record(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
		Submission submission = this.reader.read(query);
		model.addAttribute("permalink", this.permalinks.relative(submission));
		if (!submission.valid()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("form", FormView.of(submission, this.reader.targets()));
			return "record";
		}
		ResultView result = ResultView.of(submission.provisioning().get(), submission.target().get(), this.permalinks);
		String generated = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS).toString();
		model.addAttribute("record",
				ChangeRecordView.of(submission.provisioning().get(), result, this.permalinks, this.version, generated));
		return "record";
	}

}
