package dev.ucdhcp.encoding;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Round trips for generated valid inputs; refusals for generated hostile ones. */
class EncodingPropertiesTest {

	/**
	 * Characters that end a line, a quoted string or a comment in at least one target.
	 */
	private static final List<Character> HOSTILE = List.of('\n', '\r', '\t', '\0', ' ', '"', '\'', ';', '#', '\\', '!',
			'`', '$', '%', '{', '}', '<', '>', '&', '|', '_', '/', ',', '=', '\u2028', '\u00e9');

	@Property(tries = 500)
	void option120RoundTripsThroughTheDecoder(@ForAll("fqdns") String name) {
		Fqdn fqdn = Fqdn.parse(name);
		DecodedOption decoded = OptionDecoder.decode(HexStyle.CISCO_DOTTED.format(Option120.of(fqdn).bytes()));

		assertThat(decoded.code()).isEqualTo(120);
		assertThat(decoded.findings()).isEmpty();
		assertThat(decoded.names()).containsExactly(fqdn.value());
	}

	@Property(tries = 500)
	void option43RoundTripsThroughTheDecoder(@ForAll("fqdns") String web, @ForAll("ports") int port,
			@ForAll("paths") String path) {
		PhoneProvisioning provisioning = ProvisioningInputs
			.parse(java.util.Map.of("pool", web, "port", Integer.toString(port), "path", path))
			.provisioning()
			.orElseThrow();
		byte[] option43 = provisioning.option43().bytes();
		DecodedOption decoded = OptionDecoder.decode("option 43 hex " + HexStyle.COLON_PAIRS.format(option43));

		assertThat(decoded.valid()).isTrue();
		assertThat(decoded.value()).isEqualTo(option43);
		assertThat(decoded.provisioningUrl()).contains(provisioning.provisioningUrl());
	}

	@Property(tries = 500)
	void hostileCharacterInANameIsRefused(@ForAll("fqdns") String name, @ForAll("hostile") char bad,
			@ForAll("positions") double where) {
		int at = (int) (where * (name.length() + 1));
		String hostile = name.substring(0, at) + bad + name.substring(at);

		assertThatThrownBy(() -> Fqdn.parse(hostile)).isInstanceOf(InvalidValueException.class);
	}

	@Property(tries = 200)
	void labelLongerThan63OctetsIsRefused(@ForAll("fqdns") String name, @ForAll("longLabels") String label) {
		assertThatThrownBy(() -> Fqdn.parse(label + "." + name)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("at most 63");
	}

	@Property(tries = 300)
	void hostileCharacterInAPathIsRefused(@ForAll("paths") String path, @ForAll("hostile") char bad) {
		if ("%!$&,=/_".indexOf(bad) >= 0) {
			return; // URL path characters: inert in every target
		}
		assertThatThrownBy(() -> CertProvPath.parse(path + bad + "x")).isInstanceOf(InvalidValueException.class);
	}

	@Property(tries = 200)
	void everyHexStyleDecodesToTheSameBytes(@ForAll("fqdns") String name) {
		byte[] option43 = PhoneProvisioning.of(Fqdn.parse(name)).option43().bytes();
		for (HexStyle style : HexStyle.values()) {
			assertThat(OptionDecoder.decode(style.format(option43)).value()).as(style.name()).isEqualTo(option43);
		}
	}

	@Provide
	Arbitrary<String> fqdns() {
		Arbitrary<String> label = Combinators
			.combine(Arbitraries.strings().withChars("abcxyzABCXYZ0189").ofLength(1),
					Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCZ0123456789-").ofMaxLength(20),
					Arbitraries.strings().withChars("abcqrsXYZ0369").ofLength(1))
			.as((first, middle, last) -> first + middle + last);
		Arbitrary<String> top = Arbitraries.strings()
			.withChars("abcdefghijklmnopqrstuvwxyz")
			.ofMinLength(2)
			.ofMaxLength(6);
		return Combinators.combine(label.list().ofMinSize(1).ofMaxSize(4), top)
			.as((labels, tld) -> String.join(".", labels) + "." + tld);
	}

	@Provide
	Arbitrary<String> longLabels() {
		return Arbitraries.strings().withChars("abcxyz019").ofMinLength(64).ofMaxLength(120);
	}

	@Provide
	Arbitrary<Integer> ports() {
		return Arbitraries.integers().between(1, 65535);
	}

	@Provide
	Arbitrary<String> paths() {
		return Arbitraries.strings().withChars("abcXYZ019._~-/").ofMaxLength(60).map((tail) -> "/" + tail);
	}

	@Provide
	Arbitrary<Character> hostile() {
		return Arbitraries.of(HOSTILE);
	}

	@Provide
	Arbitrary<Double> positions() {
		return Arbitraries.doubles().between(0, 0.999).ofScale(3);
	}

}
