package dev.ucdhcp.web.doctor;

import java.util.Optional;

import dev.ucdhcp.doctor.ConfigDoctor;
import dev.ucdhcp.doctor.PasteFormat;
import dev.ucdhcp.doctor.UnreadablePasteException;
import dev.ucdhcp.web.ConfigRenderer;
import dev.ucdhcp.web.Permalinks;
import dev.ucdhcp.web.http.Htmx;
import dev.ucdhcp.web.http.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The doctor page. The form is a POST, with htmx or without JavaScript, so a paste never
 * reaches an address bar, a history entry, a referrer or the render cache (which stores
 * GETs only); the answer is the page again, or for htmx the diagnosis fragment, and both
 * say {@code Vary: HX-Request}. Nothing is pushed into the history.
 */
@Controller
class DoctorController {

	static final String PASTE = "paste";

	static final String FORMAT = "format";

	private final ConfigRenderer renderer;

	private final Permalinks permalinks;

	DoctorController(ConfigRenderer renderer, Permalinks permalinks) {
		this.renderer = renderer;
		this.permalinks = permalinks;
	}

	@GetMapping(Routes.DOCTOR)
	String page(Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("doctor", DoctorPage.empty());
		Htmx.answerWithFragment(request, response);
		return "doctor";
	}

	/**
	 * The form's fields are read here, not bound: a body Tomcat could not parse (over its
	 * form size) has no {@code paste} at all, which is said as such.
	 */
	@PostMapping(Routes.DOCTOR)
	String diagnose(Model model, HttpServletRequest request, HttpServletResponse response) {
		String field = request.getParameter(PASTE);
		if (field == null && request.getContentLengthLong() <= ConfigDoctor.MAX_PASTE_BYTES) {
			field = "";
		}
		String format = Optional.ofNullable(request.getParameter(FORMAT)).orElse("").strip();
		DoctorPage page = answer(field, format);
		model.addAttribute("doctor", page);
		if (Htmx.answerWithFragment(request, response)) {
			return "fragments/diagnosis :: swap";
		}
		if (page.hasErrors()) {
			response.setStatus(page.pasteError().equals(PasteText.TOO_LARGE) ? 413 : 400);
		}
		return "doctor";
	}

	private DoctorPage answer(String field, String formatId) {
		if (field == null) {
			return new DoctorPage("", formatId, PasteText.TOO_LARGE, "", null, true);
		}
		String paste;
		try {
			paste = PasteText.fromForm(field);
		}
		catch (UnreadablePasteException ex) {
			// the text area gets nothing back: 256 KiB sent back is of no use
			return new DoctorPage("", formatId, ex.getMessage(), "", null, true);
		}
		Optional<PasteFormat> format = formatId.isEmpty() ? Optional.empty() : PasteFormat.of(formatId);
		if (!formatId.isEmpty() && format.isEmpty()) {
			return new DoctorPage(paste, "", "", DoctorApiController.unknownFormat().getMessage(), null, true);
		}
		if (paste.isBlank()) {
			return new DoctorPage(paste, formatId, "Paste your DHCP server's configuration first.", "", null, true);
		}
		try {
			DoctorRun run = DoctorRun.of(paste, format, this.renderer, this.permalinks);
			return new DoctorPage(paste, formatId, "", "", DiagnosisView.of(run, new PasteLines(paste)), true);
		}
		catch (UnreadablePasteException ex) {
			return new DoctorPage(paste, formatId, "", ex.getMessage(), null, true);
		}
		catch (DoctorRun.Failed ex) {
			return new DoctorPage(paste, formatId, ex.getMessage(), "", null, true);
		}
	}

}
