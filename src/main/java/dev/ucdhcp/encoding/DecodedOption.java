package dev.ucdhcp.encoding;

import java.util.List;
import java.util.Optional;

/**
 * What {@link OptionDecoder} found in a pasted option value.
 *
 * @param code 43 or 120, as recognised
 * @param header whether the paste started with the option's own code and length bytes
 * @param value the option value, without any header
 * @param spans every byte of the paste explained, in order
 * @param subOptions the option 43 sub-options that were complete
 * @param names the option 120 names that were complete
 * @param findings what is wrong or worth knowing, errors first
 */
public record DecodedOption(int code, boolean header, byte[] value, List<Span> spans, List<SubOption> subOptions,
		List<String> names, List<Finding> findings) {

	public DecodedOption {
		value = value.clone();
		spans = List.copyOf(spans);
		subOptions = List.copyOf(subOptions);
		names = List.copyOf(names);
		findings = List.copyOf(findings);
	}

	@Override
	public byte[] value() {
		return this.value.clone();
	}

	/** A run of bytes and what they mean. Offsets count from the first pasted byte. */
	public record Span(int offset, byte[] bytes, String role, String meaning) {

		public Span {
			bytes = bytes.clone();
		}

		@Override
		public byte[] bytes() {
			return this.bytes.clone();
		}

		public String hex() {
			return HexStyle.SPACED.format(this.bytes);
		}

	}

	public enum Severity {

		ERROR, WARNING, INFO

	}

	public record Finding(Severity severity, String message) {
	}

	/** True when no finding is an error: the phone can use this value as it is. */
	public boolean valid() {
		return this.findings.stream().noneMatch((finding) -> finding.severity() == Severity.ERROR);
	}

	public List<Finding> errors() {
		return this.findings.stream().filter((finding) -> finding.severity() == Severity.ERROR).toList();
	}

	/** Option 120's first name: the registrar the phone contacts first. */
	public Optional<String> registrar() {
		return this.names.stream().findFirst();
	}

	/** Option 43's provisioning URL, when sub-options 2 to 5 are all there. */
	public Optional<String> provisioningUrl() {
		Optional<String> scheme = subOptionText(2);
		Optional<String> host = subOptionText(3);
		Optional<String> port = subOptionText(4);
		Optional<String> path = subOptionText(5);
		if (scheme.isEmpty() || host.isEmpty() || port.isEmpty() || path.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(scheme.get() + "://" + host.get() + ":" + port.get() + path.get());
	}

	public Optional<String> subOptionText(int code) {
		return this.subOptions.stream()
			.filter((subOption) -> subOption.code() == code)
			.findFirst()
			.map(SubOption::text);
	}

}
