package dev.ucdhcp.web;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The 400 answer of the file and JSON routes: an RFC 9457 problem listing every invalid
 * input, so a client can show each message at its field (and, for a many-line input, at
 * its line).
 *
 * @param type the problem type URI
 * @param title always "Invalid input"
 * @param status always 400
 * @param detail how many inputs are invalid, and which
 * @param errors one entry per invalid input or line, in form order
 */
@Schema(name = "ValidationProblem", description = "RFC 9457 problem listing each invalid field")
public record ValidationProblem(String type, String title, int status, String detail, List<FieldError> errors) {

	static final URI TYPE = URI.create("about:blank");

	/**
	 * One invalid input.
	 *
	 * @param field the input's name, e.g. {@code port} or {@code sites}
	 * @param line the 1-based line of a many-line input such as {@code sites}, absent
	 * otherwise
	 * @param column the column of that line ({@code name}, {@code scope}, {@code sba}),
	 * absent when the whole line is wrong or the input has no columns
	 * @param message what is wrong, in words an administrator understands
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "FieldError")
	public record FieldError(@Schema(description = "the input's name, e.g. port or sites") String field,
			@Schema(description = "1-based line of a many-line input (sites)", nullable = true) Integer line,
			@Schema(description = "column of that line: name, scope or sba", nullable = true) String column,
			String message) {

		public static FieldError of(String field, String message) {
			return new FieldError(field, null, null, message);
		}

		public static FieldError atLine(String field, int line, String column, String message) {
			return new FieldError(field, line, column.isEmpty() ? null : column, message);
		}

	}

	public static ValidationProblem of(List<FieldError> errors) {
		List<String> fields = errors.stream().map(FieldError::field).distinct().toList();
		return new ValidationProblem(TYPE.toString(), "Invalid input", HttpStatus.BAD_REQUEST.value(),
				fields.size() + " invalid field(s): " + String.join(", ", fields), List.copyOf(errors));
	}

	/** The same problem in Spring's type, for the error handler. */
	ProblemDetail toProblemDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.detail);
		problem.setType(URI.create(this.type));
		problem.setTitle(this.title);
		problem.setProperty("errors", this.errors);
		return problem;
	}

}
