package dev.ucdhcp.doctor;

import java.util.List;
import java.util.Optional;

/**
 * What the doctor says of one paste. {@code healthy} is empty when it cannot be judged
 * (nothing about phones found), true only when no error or warn applies. {@code checks}
 * are what a paste cannot show (relays, other makes' options, ...). {@code corrected} is
 * empty when nothing could be recovered; the web and the CLI render it with the existing
 * targets, so it is the same bytes as the builder's download for those inputs.
 */
public record Diagnosis(PasteFormat format, Optional<Boolean> healthy, List<Problem> problems,
		List<ExtractedValue> option120, List<ExtractedValue> option43, List<String> checks,
		Optional<Recovered> corrected) {

}
