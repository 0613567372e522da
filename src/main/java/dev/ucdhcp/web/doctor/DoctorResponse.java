package dev.ucdhcp.web.doctor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ucdhcp.doctor.Diagnosis;
import dev.ucdhcp.doctor.ExtractedValue;
import dev.ucdhcp.doctor.Problem;
import dev.ucdhcp.doctor.ProblemCode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON of {@code POST /api/v1/doctor} and of {@code doctor --json} (CONTRACT.md,
 * "Config doctor"): plain records with nulls where the contract writes null, so the API
 * and the command print the same document.
 *
 * @param format the format the paste was read as
 * @param healthy true when no error or warn applies, null when nothing about phones was
 * found
 * @param problems every problem, in the order of the paste
 * @param extracted every option 120 and 43 value found
 * @param checks what a paste cannot show
 * @param corrected the builder's config for the recovered inputs, absent when nothing
 * could be recovered
 */
@Schema(name = "Diagnosis", description = "What the config doctor says of a pasted DHCP server configuration")
public record DoctorResponse(@Schema(description = "the format the paste was read as", allowableValues = {
		"netsh", "powershell", "winxml", "isc", "kea", "cisco", "mikrotik", "dnsmasq" }) String format,
		@Schema(description = "true: no error or warn applies; null: nothing about phones found, cannot be judged",
				nullable = true) Boolean healthy,
		List<ProblemJson> problems, ExtractedJson extracted,
		@Schema(description = "what a pasted configuration cannot show (relays, other makes' options, ...)") List<String> checks,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
				description = "absent when nothing could be recovered") CorrectedJson corrected){

	/**
	 * One problem: a stable code, how bad, the 1-based line or null, the words and the
	 * fix.
	 */
	@Schema(name = "DoctorProblem")
	public record ProblemJson(ProblemCode code, @Schema(allowableValues = {
			"error", "warn", "info" }) String severity,
			@Schema(description = "1-based line of the paste", nullable = true) Integer line, String message,
			String fix){

		static ProblemJson of(Problem problem) {
			return new ProblemJson(problem.code(), problem.severity().id(),
					problem.line().isPresent() ? problem.line().getAsInt() : null, problem.message(), problem.fix());
		}

	}

	/** Every option 120 and option 43 value found in the paste. */
	@Schema(name = "DoctorExtracted")
	public record ExtractedJson(List<Option120Json> option120, List<Option43Json> option43) {
	}

	/**
	 * An option 120 value: canonical hex of what that server puts on the wire, where it
	 * sits, its line, and what a phone receives where the server changes it.
	 */
	@Schema(name = "ExtractedOption120")
	public record Option120Json(String hex, String where, int line, @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
			description = "same, none, EMPTY or the hex a phone receives; absent when not known") String wire) {

		static Option120Json of(ExtractedValue value) {
			return new Option120Json(value.hex(), value.where(), value.line(), value.wire().orElse(null));
		}

	}

	/** An option 43 value, with the vendor class it is meant for. */
	@Schema(name = "ExtractedOption43")
	public record Option43Json(String hex, @Schema(nullable = true) String vendorClass, String where, int line,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
					description = "same, none, EMPTY or the hex a phone receives; absent when not known") String wire) {

		static Option43Json of(ExtractedValue value) {
			return new Option43Json(value.hex(), value.vendorClass().orElse(null), value.where(), value.line(),
					value.wire().orElse(null));
		}

	}

	/**
	 * The builder's inputs recovered from the paste, their permalink, the config it
	 * renders (the same bytes as {@code /download/{vendor}}), and what could not be
	 * recovered.
	 */
	@Schema(name = "DoctorCorrected")
	public record CorrectedJson(Map<String, String> inputs, String vendor, String permalink, String config,
			List<String> notRecovered) {

		static CorrectedJson of(CorrectedConfig corrected) {
			return new CorrectedJson(corrected.inputs(), corrected.vendor(), corrected.permalink(), corrected.config(),
					corrected.notRecovered());
		}

	}

	public static DoctorResponse of(Diagnosis diagnosis, Optional<CorrectedConfig> corrected) {
		return new DoctorResponse(diagnosis.format().id(), diagnosis.healthy().orElse(null),
				diagnosis.problems().stream().map(ProblemJson::of).toList(),
				new ExtractedJson(diagnosis.option120().stream().map(Option120Json::of).toList(),
						diagnosis.option43().stream().map(Option43Json::of).toList()),
				List.copyOf(diagnosis.checks()), corrected.map(CorrectedJson::of).orElse(null));
	}

}
