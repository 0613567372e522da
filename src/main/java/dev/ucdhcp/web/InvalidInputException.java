package dev.ucdhcp.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.encoding.ProvisioningInputs;

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

	/**
	 * The parser's errors: one per field, except {@code sites}, which gets one per wrong
	 * line (and column), so a client can show each at its row.
	 */
	public static InvalidInputException of(ProvisioningInputs.Parsed parsed) {
		List<ValidationProblem.FieldError> errors = new ArrayList<>();
		parsed.fieldErrors().forEach((field, message) -> {
			if (ProvisioningInputs.SITES.equals(field) && !parsed.siteErrors().isEmpty()) {
				parsed.siteErrors()
					.forEach((error) -> errors.add(
							ValidationProblem.FieldError.atLine(field, error.line(), error.column(), error.message())));
			}
			else {
				errors.add(ValidationProblem.FieldError.of(field, message));
			}
		});
		return new InvalidInputException(errors);
	}

	public ValidationProblem problem() {
		return this.problem;
	}

}
