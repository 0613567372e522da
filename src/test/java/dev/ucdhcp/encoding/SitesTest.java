package dev.ucdhcp.encoding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.ucdhcp.support.RandomInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sites model and option 120 by address: contract sections "Sites" and "Option 120 by
 * address".
 */
class SitesTest {

	private static ProvisioningInputs.Parsed parse(String... pairs) {
		Map<String, String> raw = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			raw.put(pairs[i], pairs[i + 1]);
		}
		return ProvisioningInputs.parse(raw);
	}

	private static PhoneProvisioning valid(String... pairs) {
		ProvisioningInputs.Parsed parsed = parse(pairs);
		assertThat(parsed.fieldErrors()).as("field errors").isEmpty();
		return parsed.provisioning().orElseThrow();
	}

	private static String hex(byte[] bytes) {
		return HexStyle.CANONICAL.format(bytes);
	}

	/** {@code count} valid lines s1…sN on 10.0.N.0/24. */
	private static String lines(int count) {
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			lines.add("s" + i + ",10.0." + i + ".0/24");
		}
		return String.join("\n", lines);
	}

	@Test
	void option120ByOneAddressIsEncodingOneAndFourBytes() {
		PhoneProvisioning provisioning = valid("pool", "lync.schertz.local", "sba", "192.0.2.5");

		assertThat(hex(provisioning.option120().bytes())).isEqualTo("01C0000205");
		assertThat(provisioning.option120().encoding()).isEqualTo(Option120.ENCODING_ADDRESSES);
		assertThat(provisioning.option120().parts()).extracting(Option120.Part::name, Option120.Part::text)
			.containsExactly(tuple("Encoding: IPv4 addresses (RFC 3361)", ""), tuple("Address", "192.0.2.5"));
	}

	@Test
	void addressesKeepTheirOrder() {
		PhoneProvisioning provisioning = valid("pool", "lync.schertz.local", "director", "198.51.100.7, 192.0.2.5");

		assertThat(hex(provisioning.option120().bytes())).isEqualTo("01C6336407C0000205");
		assertThat(ProvisioningInputs.queryParameters(provisioning)).containsEntry("director",
				"198.51.100.7,192.0.2.5");
	}

	@Test
	void eightAddressesAreTheMostNineAreRefused() {
		String eight = String.join(",", List.of("192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5",
				"192.0.2.6", "192.0.2.7", "192.0.2.8"));

		assertThat(valid("pool", "lync.schertz.local", "sba", eight).option120().bytes()).hasSize(1 + 8 * 4);
		assertThat(parse("pool", "lync.schertz.local", "sba", eight + ",192.0.2.9").fieldErrors())
			.containsOnlyKeys("sba")
			.extractingByKey("sba")
			.asString()
			.contains("At most 8 IPv4 addresses; this lists 9");
	}

	@Test
	void aPoolGivenAsAddressNeedsWeb() {
		assertThat(parse("pool", "192.0.2.10").fieldErrors()).containsOnlyKeys("web")
			.extractingByKey("web")
			.asString()
			.contains("The pool is given as addresses");
		PhoneProvisioning provisioning = valid("pool", "192.0.2.10", "web", "lyncweb.schertz.local");

		assertThat(hex(provisioning.option120().bytes())).isEqualTo("01C000020A");
		assertThat(provisioning.webServicesFqdn().value()).isEqualTo("lyncweb.schertz.local");
		assertThatThrownBy(() -> new PhoneProvisioning(Registrar.parse("192.0.2.10"), Optional.empty(),
				Optional.empty(), Optional.empty(), Port.HTTPS, CertProvPath.DEFAULT, Scheme.HTTPS, Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aBadAddressIsNamed() {
		assertThat(parse("pool", "lync.schertz.local", "sba", "192.0.2.1,192.0.2.300").fieldErrors().get("sba"))
			.contains("\"192.0.2.300\" is not an IPv4 address");
	}

	@Test
	void siteNamesAreOneToTwentyLowerCaseCharacters() {
		assertThat(SiteName.parse("a").value()).isEqualTo("a");
		assertThat(SiteName.parse("berlin-branch-000001").value()).hasSize(20);
		assertThatThrownBy(() -> SiteName.parse("berlin-branch-0000001")).hasMessageContaining("at most 20");
		assertThatThrownBy(() -> SiteName.parse("Berlin")).hasMessageContaining("in lower case: berlin");
		assertThatThrownBy(() -> SiteName.parse("-berlin")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> SiteName.parse("berlin-")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> SiteName.parse("ber_lin")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> SiteName.parse("")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void theSiteIsDerivedFromTheSbaElseTheScope() {
		assertThat(valid("pool", "p.example.com", "sba", "SBA01.branch.example.com", "scope", "10.20.30.0/24").site())
			.contains(new SiteName("branch"));
		assertThat(valid("pool", "p.example.com", "sba", "Berlin-SBA.example.com").site())
			.contains(new SiteName("berlin-sba"));
		assertThat(valid("pool", "p.example.com", "scope", "10.20.30.0/24").site())
			.contains(new SiteName("10-20-30-0"));
		assertThat(valid("pool", "p.example.com", "sba", "192.0.2.5", "scope", "10.20.30.0/24").site())
			.contains(new SiteName("10-20-30-0"));
		assertThat(valid("pool", "p.example.com", "sba", "192.0.2.5").site()).isEmpty();
		assertThat(valid("pool", "p.example.com").site()).isEmpty();
		assertThat(valid("pool", "p.example.com", "sba", "sba01.example.com", "site", "berlin").site())
			.contains(new SiteName("berlin"));
	}

	@Test
	void aFirstLabelTooLongForASiteNameIsCutAtTwentyWithoutATrailingHyphen() {
		assertThat(valid("pool", "p.example.com", "sba", "abcdefghijklmnopqrs-tuvwxyz.example.com").site())
			.contains(new SiteName("abcdefghijklmnopqrs"));
		assertThat(valid("pool", "p.example.com", "sba", "abcdefghijklmnopqrstuvwxyz.example.com").site())
			.contains(new SiteName("abcdefghijklmnopqrst"));
	}

	@Test
	void aDerivedSiteStaysOutOfThePermalinkAndAChosenOneIn() {
		PhoneProvisioning derived = valid("pool", "p.example.com", "sba", "sba01.example.com");
		PhoneProvisioning chosen = valid("pool", "p.example.com", "sba", "sba01.example.com", "site", "berlin");

		assertThat(ProvisioningInputs.queryParameters(derived)).doesNotContainKey("site");
		assertThat(ProvisioningInputs.queryParameters(chosen)).containsEntry("site", "berlin");
		assertThat(ProvisioningInputs.parse(ProvisioningInputs.queryParameters(chosen)).provisioning())
			.contains(chosen);
	}

	@Test
	void sitesGiveEachSiteItsScopeAndRegistrar() {
		PhoneProvisioning provisioning = valid("pool", "lync.schertz.local", "director", "dir.schertz.local", "sites",
				"berlin,10.20.30.0/24,sba01.berlin.schertz.local\r\nparis,10.20.40.0/24,192.0.2.5\n\nhq,10.1.0.0/16\n");

		assertThat(provisioning.site()).isEmpty();
		assertThat(provisioning.sites()).extracting((site) -> site.name().value(), (site) -> site.scope().toString())
			.containsExactly(tuple("berlin", "10.20.30.0/24"), tuple("paris", "10.20.40.0/24"),
					tuple("hq", "10.1.0.0/16"));
		List<PhoneProvisioning> perSite = provisioning.perSite();
		assertThat(perSite)
			.extracting((site) -> site.site().orElseThrow().value(), (site) -> site.registrar().text(),
					(site) -> hex(site.option120().bytes()))
			.containsExactly(
					tuple("berlin", "sba01.berlin.schertz.local",
							"0005736261303106626572" + "6C696E077363686572747A056C6F63616C00"),
					tuple("paris", "192.0.2.5", "01C0000205"),
					tuple("hq", "dir.schertz.local", "00036469720773636865727 47A056C6F63616C00".replace(" ", "")));
		assertThat(perSite.get(2).sites()).isEmpty();
		assertThat(perSite.get(2).scope()).contains(Ipv4Network.parse("10.1.0.0/16"));
		assertThat(ProvisioningInputs.queryParameters(provisioning)).containsEntry("sites",
				"berlin,10.20.30.0/24,sba01.berlin.schertz.local\nparis,10.20.40.0/24,192.0.2.5\nhq,10.1.0.0/16");
	}

	@Test
	void aSitesPermalinkRoundTripsAndEachSiteHasItsOwn() {
		PhoneProvisioning provisioning = valid("pool", "lync.schertz.local", "sites",
				"berlin,10.20.30.0/24,sba01.berlin.schertz.local\nparis,10.20.40.0/24");

		assertThat(ProvisioningInputs.parse(ProvisioningInputs.queryParameters(provisioning)).provisioning())
			.contains(provisioning);
		assertThat(ProvisioningInputs.queryParameters(provisioning.perSite().get(0))).containsExactly(
				Map.entry("pool", "lync.schertz.local"), Map.entry("sba", "sba01.berlin.schertz.local"),
				Map.entry("scope", "10.20.30.0/24"));
		assertThat(ProvisioningInputs.queryParameters(provisioning.perSite().get(1))).containsExactly(
				Map.entry("pool", "lync.schertz.local"), Map.entry("scope", "10.20.40.0/24"),
				Map.entry("site", "paris"));
	}

	@Test
	void sixtyFourSitesAreTheMostTheSixtyFifthLineIsRefused() {
		assertThat(valid("pool", "p.example.com", "sites", lines(64)).sites()).hasSize(64);
		ProvisioningInputs.Parsed parsed = parse("pool", "p.example.com", "sites", lines(65));

		assertThat(parsed.valid()).isFalse();
		assertThat(parsed.siteErrors()).singleElement()
			.satisfies((error) -> assertThat(error.line()).isEqualTo(65))
			.satisfies((error) -> assertThat(error.message()).contains("At most 64 sites"));
		assertThat(parsed.fieldErrors()).containsOnlyKeys("sites");
	}

	@Test
	void theRawLengthOfSitesIsCappedAtTheLimitAndOnePast() {
		String atLimit = paddedTo(SiteLines.MAX_LENGTH);

		assertThat(atLimit).hasSize(SiteLines.MAX_LENGTH);
		assertThat(valid("pool", "p.example.com", "sites", atLimit).sites()).hasSize(64);
		ProvisioningInputs.Parsed parsed = parse("pool", "p.example.com", "sites", atLimit + " ");
		assertThat(parsed.fieldErrors()).containsOnlyKeys("sites");
		assertThat(parsed.fieldErrors().get("sites")).contains("too long", "6401");
	}

	/** 64 valid lines whose SBA names stretch the text to exactly {@code length}. */
	private static String paddedTo(int length) {
		List<String> lines = new ArrayList<>();
		int room = length - 63;
		for (int i = 1; i <= 64; i++) {
			String prefix = "s" + i + ",10.0." + i + ".0/24,";
			int lineLength = room / (65 - i);
			room -= lineLength;
			lines.add(prefix + fqdnOfLength(lineLength - prefix.length()));
		}
		return String.join("\n", lines);
	}

	private static String fqdnOfLength(int length) {
		StringBuilder name = new StringBuilder("a".repeat(length - 4));
		for (int i = 50; i < name.length() - 1; i += 50) {
			name.setCharAt(i, '.');
		}
		return name + ".com";
	}

	@Test
	void everyWrongLineIsNamedWithItsColumnAndNothingIsProduced() {
		ProvisioningInputs.Parsed parsed = parse("pool", "p.example.com", "sites",
				String.join("\n", "berlin,10.20.30.0/24", "Paris,10.20.40.0/24", "rome,10.20.50.1/24",
						"berlin,10.20.60.0/24", "oslo,10.20.30.128/25", "madrid", "lisbon,10.20.70.0/24,a.b,c",
						"vienna,10.20.80.0/24,sba 1.example.com", "bern,10.20.30.0/24",
						"prague,10.20.90.0/24,192.0.2.1,192.0.2.2"));

		assertThat(parsed.provisioning()).isEmpty();
		assertThat(parsed.siteErrors()).extracting(SiteLineError::line, SiteLineError::column)
			.containsExactly(tuple(2, "name"), tuple(3, "scope"), tuple(4, "name"), tuple(5, "scope"), tuple(6, ""),
					tuple(7, ""), tuple(8, "sba"), tuple(9, "scope"), tuple(10, ""));
		assertThat(parsed.siteErrors().get(2).message()).contains("already used on line 1");
		assertThat(parsed.siteErrors().get(3).message()).contains("overlaps 10.20.30.0/24 on line 1");
		assertThat(parsed.siteErrors().get(4).message()).contains("1 column");
		assertThat(parsed.siteErrors().get(7).message()).contains("already on line 1");
		assertThat(parsed.fieldErrors().get("sites")).startsWith("Line 2, name: ").contains("Line 10: ");
	}

	@Test
	void withSitesTheSingleSiteScopeAndSbaMustBeEmpty() {
		ProvisioningInputs.Parsed parsed = parse("pool", "p.example.com", "sites", "berlin,10.20.30.0/24", "site", "x",
				"scope", "10.0.0.0/24", "sba", "sba.example.com");

		assertThat(parsed.fieldErrors().keySet()).containsExactly("sba", "scope", "site");
		assertThat(parsed.fieldErrors().get("scope")).contains("empty when sites is given");
	}

	static Stream<String> hostileLines() {
		return RandomInputs.samples(11, 300, (inputs) -> {
			String[] columns = { inputs.siteName(), "10.0." + inputs.nextInt(256) + ".0/24", inputs.fqdn() };
			int column = inputs.nextInt(3);
			char bad;
			do {
				bad = inputs.hostile();
			}
			while (bad == ',' || bad == '\n' || bad == '\r');
			// strictly inside the column: at its edges, whitespace is trimmed as in every
			// field
			String text = (columns[column].length() < 2) ? columns[column] + "a" : columns[column];
			int at = 1 + inputs.nextInt(text.length() - 1);
			columns[column] = text.substring(0, at) + bad + text.substring(at);
			return String.join(",", columns);
		});
	}

	@ParameterizedTest
	@MethodSource("hostileLines")
	void hostileTextInAnyColumnIsRefused(String line) {
		ProvisioningInputs.Parsed parsed = parse("pool", "p.example.com", "sites", "ok,192.168.0.0/24\n" + line);

		assertThat(parsed.provisioning()).isEmpty();
		assertThat(parsed.siteErrors()).isNotEmpty().allSatisfy((error) -> assertThat(error.line()).isEqualTo(2));
	}

	static Stream<Map<String, String>> provisioningInputs() {
		return RandomInputs.samples(1111, 400, RandomInputs::provisioningInputs);
	}

	@ParameterizedTest
	@MethodSource("provisioningInputs")
	void parseOfQueryParametersGivesTheSameProvisioning(Map<String, String> raw) {
		ProvisioningInputs.Parsed parsed = ProvisioningInputs.parse(raw);
		assertThat(parsed.fieldErrors()).as(raw.toString()).isEmpty();
		PhoneProvisioning provisioning = parsed.provisioning().orElseThrow();

		assertThat(ProvisioningInputs.parse(ProvisioningInputs.queryParameters(provisioning)).provisioning())
			.contains(provisioning);
		for (PhoneProvisioning site : provisioning.perSite()) {
			assertThat(ProvisioningInputs.parse(ProvisioningInputs.queryParameters(site)).provisioning())
				.contains(site);
		}
	}

}
