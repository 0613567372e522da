package dev.ucdhcp.web;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.ucdhcp.encoding.ProvisioningInputs;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the OpenAPI document shows (Bean Validation constraints on
 * {@link ProvisioningQuery}) say what the domain decides, at each limit and one past it.
 */
class ProvisioningQueryTest {

	private static final String LABEL_63 = "a".repeat(63);

	/** 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253 characters. */
	private static final String FQDN_253 = LABEL_63 + "." + LABEL_63 + "." + LABEL_63 + "." + "b".repeat(61);

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void startValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	static Stream<Arguments> limits() {
		return Stream.of(Arguments.of("pool", FQDN_253, true), Arguments.of("pool", FQDN_253 + ".", true),
				Arguments.of("pool", FQDN_253 + "b", false), Arguments.of("web", LABEL_63 + ".example", true),
				Arguments.of("web", LABEL_63 + "a.example", false), Arguments.of("sba", "sba.10", false),
				Arguments.of("director", "-dir.example.com", false), Arguments.of("director", "dir", false),
				Arguments.of("port", "1", true), Arguments.of("port", "0", false), Arguments.of("port", "65535", true),
				Arguments.of("port", "65536", false), Arguments.of("port", "+443", false),
				Arguments.of("vlan", "1", true), Arguments.of("vlan", "0", false), Arguments.of("vlan", "4094", true),
				Arguments.of("vlan", "4095", false), Arguments.of("path", "/" + "p".repeat(127), true),
				Arguments.of("path", "/" + "p".repeat(128), false), Arguments.of("path", "no-slash", false),
				Arguments.of("path", "/a b", false), Arguments.of("path", "/a\"b", false),
				Arguments.of("path", "/a;b", false), Arguments.of("scheme", "http", true),
				Arguments.of("scheme", "HTTPS", false), Arguments.of("scope", "10.10.20.0/24", true),
				Arguments.of("scope", "10.10.20.0", false), Arguments.of("ntp", ntp(8), true),
				Arguments.of("ntp", ntp(9), false), Arguments.of("ntp", "192.0.2.1, 192.0.2.2", true),
				Arguments.of("site", "a".repeat(20), true), Arguments.of("site", "a".repeat(21), false),
				Arguments.of("site", "Berlin", false), Arguments.of("site", "berlin-", false),
				Arguments.of("sba", "192.0.2.1", true), Arguments.of("director", ntp(8), true),
				Arguments.of("director", ntp(9), false), Arguments.of("pool", "192.0.2.1,192.0.2.2", true),
				Arguments.of("sba", "192.0.2.1;x", false));
	}

	@ParameterizedTest(name = "{0}={1}: valid {2}")
	@MethodSource("limits")
	void documentedRuleAndDomainAgree(String field, String value, boolean valid) {
		assertThat(validator.validateValue(ProvisioningQuery.class, field, value)).as("constraints")
			.hasSize(valid ? 0 : 1);
		Map<String, String> inputs = new HashMap<>(Map.of("pool", "lync.schertz.local"));
		inputs.put(field, value);
		Map<String, String> errors = ProvisioningInputs.parse(inputs).fieldErrors();
		assertThat(errors.containsKey(field)).as("domain").isEqualTo(!valid);
	}

	@Test
	void everyContractInputIsAComponentOfTheQuery() {
		ProvisioningQuery query = new ProvisioningQuery("p.example", "w.example", "d.example", "s.example", "443", "/x",
				"https", "10.0.0.0/8", "192.0.2.1", "10", "berlin", "paris,10.1.0.0/16");
		assertThat(query.given().keySet()).containsExactlyElementsOf(ProvisioningInputs.NAMES);
	}

	@Test
	void readsEveryInputFromTheRequestParametersByName() {
		Map<String, String> parameters = Map.of("pool", "lync.schertz.local", "sites", "berlin,10.0.0.0/24", "other",
				"ignored");
		ProvisioningQuery query = ProvisioningQuery.from(parameters::get);
		assertThat(query.pool()).isEqualTo("lync.schertz.local");
		assertThat(query.web()).isNull();
		assertThat(query.given()).containsExactly(Map.entry("pool", "lync.schertz.local"),
				Map.entry("sites", "berlin,10.0.0.0/24"));
	}

	private static String ntp(int servers) {
		return String.join(",", Stream.generate(() -> "192.0.2.123").limit(servers).toList());
	}

}
