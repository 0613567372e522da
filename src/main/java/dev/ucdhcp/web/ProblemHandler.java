package dev.ucdhcp.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the file and JSON routes as RFC 9457 problems. A 400 is a
 * {@link ValidationProblem}: every invalid field in {@code errors: [{field, line?,
 * message}]}.
 */
@RestControllerAdvice(assignableTypes = { ApiController.class, DownloadController.class })
public class ProblemHandler {

	@ExceptionHandler(InvalidInputException.class)
	public ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		return problem(ex.problem().toProblemDetail());
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
