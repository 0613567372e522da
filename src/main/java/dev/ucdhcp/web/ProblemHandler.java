package dev.ucdhcp.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the file and JSON routes as RFC 9457 problems. A 400 lists every invalid
 * field in {@code errors: [{field, message}]}, so a client can show each message at its
 * field.
 */
@RestControllerAdvice(assignableTypes = { ApiController.class, DownloadController.class })
public class ProblemHandler {

	/** One invalid field in a 400 problem. */
	public record FieldError(String field, String message) {
	}

	@ExceptionHandler(InvalidInputException.class)
	public ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(URI.create("about:blank"));
		problem.setTitle("Invalid input");
		List<FieldError> errors = ex.fieldErrors()
			.entrySet()
			.stream()
			.map((entry) -> new FieldError(entry.getKey(), entry.getValue()))
			.toList();
		problem.setProperty("errors", errors);
		return problem(problem);
	}

	@ExceptionHandler(UnknownVendorException.class)
	public ResponseEntity<ProblemDetail> unknownVendor(UnknownVendorException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(URI.create("about:blank"));
		problem.setTitle("Unknown vendor");
		return problem(problem);
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
