package dev.ucdhcp.web;

import java.util.List;
import java.util.Map;

/** Bad input on a route that answers with a file or JSON: becomes a 400 problem. */
public class InvalidInputException extends RuntimeException {

	private final transient ValidationProblem problem;

	public InvalidInputException(List<ValidationProblem.FieldError> errors) {
		this(ValidationProblem.of(errors));
	}

	private InvalidInputException(ValidationProblem problem) {
		super(problem.detail());
		this.problem = problem;
	}

	/** One message per field, in the order given. */
	public static InvalidInputException of(Map<String, String> fieldErrors) {
		return new InvalidInputException(fieldErrors.entrySet()
			.stream()
			.map((entry) -> ValidationProblem.FieldError.of(entry.getKey(), entry.getValue()))
			.toList());
	}

	public ValidationProblem problem() {
		return this.problem;
	}

}
