package dev.ucdhcp.encoding;

import java.util.Map;
import java.util.stream.Stream;

import dev.ucdhcp.support.RandomInputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Round trips for generated valid inputs; refusals for generated hostile ones (fixed
 * seeds).
 */
class EncodingPropertiesTest {

	static Stream<String> fqdns() {
		return RandomInputs.samples(120, 500, RandomInputs::fqdn);
	}

	static Stream<Map<String, String>> provisioningInputs() {
		return RandomInputs.samples(43, 500, RandomInputs::provisioningInputs);
	}

	/** A valid name with one hostile character put somewhere in it. */
	static Stream<String> hostileNames() {
		return RandomInputs.samples(60, 500, (inputs) -> {
			String name = inputs.fqdn();
			int at = inputs.nextInt(name.length() + 1);
			return name.substring(0, at) + inputs.hostile() + name.substring(at);
		});
	}

	static Stream<String> longLabelNames() {
		return RandomInputs.samples(64, 200, (inputs) -> inputs.label(64 + inputs.nextInt(60)) + "." + inputs.fqdn());
	}

	/** A valid path with a character appended that no target can take inside a value. */
	static Stream<String> hostilePaths() {
		return RandomInputs.samples(5, 300, (inputs) -> {
			char bad;
			do {
				bad = inputs.hostile();
			}
			while ("%!$&,=/_".indexOf(bad) >= 0); // URL path characters: inert in every
													// target
			return inputs.path() + bad + "x";
		});
	}

	@ParameterizedTest
	@MethodSource("fqdns")
	void option120RoundTripsThroughTheDecoder(String name) {
		Fqdn fqdn = Fqdn.parse(name);
		DecodedOption decoded = OptionDecoder.decode(HexStyle.CISCO_DOTTED.format(Option120.of(fqdn).bytes()));

		assertThat(decoded.code()).isEqualTo(120);
		assertThat(decoded.findings()).isEmpty();
		assertThat(decoded.names()).containsExactly(fqdn.value());
	}

	@ParameterizedTest
	@MethodSource("provisioningInputs")
	void option43RoundTripsThroughTheDecoder(Map<String, String> raw) {
		PhoneProvisioning provisioning = ProvisioningInputs.parse(raw).provisioning().orElseThrow();
		byte[] option43 = provisioning.option43().bytes();
		DecodedOption decoded = OptionDecoder.decode("option 43 hex " + HexStyle.COLON_PAIRS.format(option43));

		assertThat(decoded.valid()).isTrue();
		assertThat(decoded.value()).isEqualTo(option43);
		assertThat(decoded.provisioningUrl()).contains(provisioning.provisioningUrl());
	}

	@ParameterizedTest
	@MethodSource("provisioningInputs")
	void permalinkParametersRoundTrip(Map<String, String> raw) {
		PhoneProvisioning provisioning = ProvisioningInputs.parse(raw).provisioning().orElseThrow();

		assertThat(ProvisioningInputs.parse(ProvisioningInputs.queryParameters(provisioning)).provisioning())
			.contains(provisioning);
	}

	@ParameterizedTest
	@MethodSource("hostileNames")
	void hostileCharacterInANameIsRefused(String name) {
		assertThatThrownBy(() -> Fqdn.parse(name)).isInstanceOf(InvalidValueException.class);
	}

	@ParameterizedTest
	@MethodSource("longLabelNames")
	void labelLongerThan63OctetsIsRefused(String name) {
		assertThatThrownBy(() -> Fqdn.parse(name)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("at most 63");
	}

	@ParameterizedTest
	@MethodSource("hostilePaths")
	void hostileCharacterInAPathIsRefused(String path) {
		assertThatThrownBy(() -> CertProvPath.parse(path)).isInstanceOf(InvalidValueException.class);
	}

	@ParameterizedTest
	@MethodSource("fqdns")
	void everyHexStyleDecodesToTheSameBytes(String name) {
		byte[] option43 = PhoneProvisioning.of(Fqdn.parse(name)).option43().bytes();
		for (HexStyle style : HexStyle.values()) {
			assertThat(OptionDecoder.decode(style.format(option43)).value()).as(style.name()).isEqualTo(option43);
		}
	}

}
