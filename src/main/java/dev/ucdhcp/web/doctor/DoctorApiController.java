package dev.ucdhcp.web.doctor;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.ucdhcp.doctor.ConfigDoctor;
import dev.ucdhcp.doctor.PasteFormat;
import dev.ucdhcp.doctor.UnreadablePasteException;
import dev.ucdhcp.web.ConfigRenderer;
import dev.ucdhcp.web.Permalinks;
import dev.ucdhcp.web.http.Routes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/doctor}: the body is the paste, whatever its content type (a Kea
 * config is JSON, curl's {@code --data-binary} says form). So neither the body nor
 * {@code ?format=} goes through Spring's parameter binding, which would parse a form body
 * whole: the body is read here, at most 256 KiB of it.
 */
@RestController
@Tag(name = "ucdhcp")
public class DoctorApiController {

	static final String PATH = Routes.API_DOCTOR;

	private final ConfigRenderer renderer;

	private final Permalinks permalinks;

	public DoctorApiController(ConfigRenderer renderer, Permalinks permalinks) {
		this.renderer = renderer;
		this.permalinks = permalinks;
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Diagnose a pasted DHCP server configuration",
			description = "The body is the configuration as the server prints or stores it (text/plain, UTF-8, at"
					+ " most 256 KiB): a netsh dump, Get-DhcpServerv4* output, Export-DhcpServer XML, dhcpd.conf,"
					+ " kea-dhcp4.conf, Cisco show running-config, RouterOS /export or dnsmasq.conf. Nothing of it"
					+ " is stored or logged.",
			parameters = @Parameter(name = "format", in = ParameterIn.QUERY,
					description = "read the paste as this format instead of detecting it",
					schema = @Schema(type = "string",
							allowableValues = { "netsh", "powershell", "winxml", "isc", "kea", "cisco", "mikrotik",
									"dnsmasq" })),
			requestBody = @RequestBody(required = true, description = "the pasted configuration",
					content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
							schema = @Schema(type = "string", maxLength = ConfigDoctor.MAX_PASTE_BYTES))))
	@ApiResponse(responseCode = "200", description = "the diagnosis",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DoctorResponse.class)))
	@ApiResponse(responseCode = "400",
			description = "an unknown format, or a paste whose format cannot be told; names the formats read",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "the paste is over 256 KiB",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	public ResponseEntity<?> diagnose(HttpServletRequest request) throws IOException {
		Optional<PasteFormat> format;
		String paste;
		try {
			format = format(request);
			if (request.getContentLengthLong() > ConfigDoctor.MAX_PASTE_BYTES) {
				throw PasteText.tooLarge();
			}
			paste = PasteText.read(request.getInputStream());
		}
		catch (UnreadablePasteException ex) {
			return unreadable(ex);
		}
		if (paste.isBlank()) {
			return problem(HttpStatus.BAD_REQUEST, "Nothing to diagnose",
					"Send the configuration as the request body (text/plain, UTF-8).");
		}
		try {
			DoctorRun run = DoctorRun.of(paste, format, this.renderer, this.permalinks);
			return ResponseEntity.ok(DoctorResponse.of(run.diagnosis(), run.corrected()));
		}
		catch (UnreadablePasteException ex) {
			return unreadable(ex);
		}
		catch (DoctorRun.Failed ex) {
			return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The doctor failed", ex.getMessage());
		}
	}

	/** {@code ?format=} from the query string alone: a form body is the paste. */
	private static Optional<PasteFormat> format(HttpServletRequest request) {
		String query = (request.getQueryString() != null) ? request.getQueryString() : "";
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && "format".equals(pair.substring(0, equals))) {
				String name = decode(pair.substring(equals + 1));
				return name.isBlank() ? Optional.empty()
						: Optional.of(PasteFormat.of(name).orElseThrow(DoctorApiController::unknownFormat));
			}
		}
		return Optional.empty();
	}

	private static String decode(String raw) {
		try {
			return URLDecoder.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw unknownFormat();
		}
	}

	static UnreadablePasteException unknownFormat() {
		return new UnreadablePasteException("Unknown format: the doctor reads " + String.join(", ", PasteFormat.ids())
				+ " (or leave format out to detect it).", false);
	}

	private static ResponseEntity<ProblemDetail> unreadable(UnreadablePasteException ex) {
		if (ex.tooLarge()) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "Paste too large", ex.getMessage());
		}
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "Format not read", ex.getMessage());
		response.getBody().setProperty("formats", PasteFormat.ids());
		return response;
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
