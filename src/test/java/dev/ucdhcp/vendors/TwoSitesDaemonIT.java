package dev.ucdhcp.vendors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.Ipv4Network;
import dev.ucdhcp.encoding.PhoneProvisioning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sites' single-site files joined on one server are accepted by the real daemons, and
 * each site's option 120 still applies only to its own scope; the lines for existing
 * subnets are accepted once merged into configurations that already declare them.
 */
class TwoSitesDaemonIT {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
		.enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
		.build();

	private static final Pattern ISC_SUBNET = Pattern.compile("(?ms)^subnet (\\S+) netmask (\\S+) \\{\\n(.*?)^\\}\\n?");

	private static final TargetRegistry TARGETS = new TargetRegistry();

	@TempDir
	Path temp;

	static List<TwoSites> pairs() {
		return TwoSites.generate(20261203L, 15);
	}

	private static String render(String vendor, PhoneProvisioning provisioning) {
		Target target = TARGETS.find(vendor).orElseThrow();
		return target.render(provisioning, GoldenCases.permalinks(target));
	}

	private static String hex(PhoneProvisioning site) {
		return HexStyle.CANONICAL.format(site.option120().bytes());
	}

	@ParameterizedTest(name = "isc {0}")
	@MethodSource("pairs")
	void iscAcceptsTwoSitesJoinedAndKeepsEach120InItsSubnet(TwoSites pair) throws Exception {
		String joined = render("isc", pair.first()) + "\n" + render("isc", pair.second());

		DaemonCheck.assertAccepted(this.temp, "isc", joined);
		assertIscSubnetsCarryTheirOwn120(joined, List.of(pair.first(), pair.second()));
	}

	@ParameterizedTest(name = "kea {0}")
	@MethodSource("pairs")
	void keaAcceptsTwoSitesMergedAndKeepsEach120InItsSubnet(TwoSites pair) throws Exception {
		ObjectNode merged = merge(dhcp4(render("kea", pair.first())), dhcp4(render("kea", pair.second())));

		DaemonCheck.assertAccepted(this.temp, "kea", document(merged));
		assertKeaSubnetsCarryTheirOwn120(merged, List.of(pair.first(), pair.second()));
	}

	@ParameterizedTest(name = "dnsmasq {0}")
	@MethodSource("pairs")
	void dnsmasqAcceptsTwoSitesJoinedAndTagsEach120WithItsRange(TwoSites pair) throws Exception {
		String joined = render("dnsmasq", pair.first()) + "\n" + render("dnsmasq", pair.second());

		DaemonCheck.assertAccepted(this.temp, "dnsmasq", joined);
		assertDnsmasq120FollowsItsRange(joined, List.of(pair.first(), pair.second()));
	}

	@Test
	void theSitesFileKeepsEach120InItsOwnSubnetOnEveryDaemon() throws Exception {
		PhoneProvisioning sites = sitesCase();
		assertIscSubnetsCarryTheirOwn120(render("isc", sites), sites.perSite());
		assertKeaSubnetsCarryTheirOwn120(dhcp4(render("kea", sites)), sites.perSite());
		assertDnsmasq120FollowsItsRange(render("dnsmasq", sites), sites.perSite());
	}

	@Test
	void iscLinesForExistingSubnetsAreAcceptedInsideThem() throws Exception {
		PhoneProvisioning sites = sitesCase();
		String rendered = render("isc", sites);
		StringBuilder existing = new StringBuilder("# The administrator's own declarations.\n");
		for (PhoneProvisioning site : sites.perSite()) {
			Ipv4Network scope = site.scope().orElseThrow();
			existing.append("subnet ")
				.append(scope.address())
				.append(" netmask ")
				.append(scope.netmask())
				.append(" {\n  option routers ")
				.append(scope.firstHost())
				.append(";\n")
				.append(insideBlock(rendered, "# ---- inside subnet " + scope.address() + " ", "# "))
				.append("}\n");
		}
		String merged = ISC_SUBNET.matcher(rendered).replaceAll("") + existing;

		DaemonCheck.assertAccepted(this.temp, "isc", merged);
		assertIscSubnetsCarryTheirOwn120(merged, sites.perSite());
	}

	@Test
	void keaLinesForExistingSubnetsAreAcceptedInsideThem() throws Exception {
		PhoneProvisioning sites = sitesCase();
		String rendered = render("kea", sites);
		ObjectNode dhcp4 = dhcp4(rendered);
		dhcp4.remove("subnet4");
		ArrayNode subnets = dhcp4.putArray("subnet4");
		int id = 100;
		for (PhoneProvisioning site : sites.perSite()) {
			Ipv4Network scope = site.scope().orElseThrow();
			ObjectNode subnet = subnets.addObject();
			subnet.put("id", id++);
			subnet.put("subnet", scope.toString());
			ArrayNode optionData = subnet.putArray("option-data");
			optionData.addObject().put("name", "routers").put("data", scope.firstHost().toString());
			String entries = insideBlock(rendered, "    // ---- inside subnet4 \"" + scope + "\"", "    // ");
			JSON.readTree("[" + entries + "]").forEach(optionData::add);
		}

		DaemonCheck.assertAccepted(this.temp, "kea", document(dhcp4));
		assertKeaSubnetsCarryTheirOwn120(dhcp4, sites.perSite());
	}

	private static PhoneProvisioning sitesCase() {
		return GoldenCases.parse(GoldenCases.inputs("pool", "lync.schertz.local", "director", "192.0.2.80,192.0.2.81",
				"ntp", "10.10.10.10", "sites", GoldenCases.SITES));
	}

	/** The marked lines after {@code start}, up to the end mark, without their prefix. */
	private static String insideBlock(String rendered, String start, String prefix) {
		int from = rendered.indexOf(start);
		assertThat(from).as("block " + start).isNotNegative();
		String after = rendered.substring(rendered.indexOf('\n', from) + 1);
		String block = after.substring(0, after.indexOf(prefix + "---- end of"));
		return block.lines()
			.peek((line) -> assertThat(line).startsWith(prefix))
			.map((line) -> line.substring(prefix.length()))
			.collect(Collectors.joining("\n", "", "\n"));
	}

	private static void assertIscSubnetsCarryTheirOwn120(String config, List<PhoneProvisioning> sites) {
		Matcher subnets = ISC_SUBNET.matcher(config);
		int found = 0;
		while (subnets.find()) {
			Ipv4Address address = Ipv4Address.parse(subnets.group(1));
			PhoneProvisioning site = siteOf(sites, address);
			assertThat(subnets.group(3)).as("subnet " + address)
				.contains("option ms-uc-sip-server " + HexStyle.COLON_PAIRS.format(site.option120().bytes()) + ";");
			found++;
		}
		assertThat(found).isEqualTo(sites.size());
		String outsideSubnets = ISC_SUBNET.matcher(config).replaceAll("");
		assertThat(outsideSubnets.lines().filter((line) -> line.strip().startsWith("option ms-uc-sip-server ")))
			.as("option 120 set outside a subnet (globally or in a class, where it would override the subnet's)")
			.allMatch((line) -> line.contains(" code 120 = "));
	}

	private static void assertKeaSubnetsCarryTheirOwn120(ObjectNode dhcp4, List<PhoneProvisioning> sites) {
		assertThat(names(dhcp4.path("option-data"))).doesNotContain("ms-uc-sip-server");
		dhcp4.path("client-classes")
			.forEach((clientClass) -> assertThat(names(clientClass.path("option-data"))).as("class option-data")
				.doesNotContain("ms-uc-sip-server"));
		JsonNode subnets = dhcp4.required("subnet4");
		assertThat(subnets.size()).isEqualTo(sites.size());
		for (JsonNode subnet : subnets) {
			Ipv4Network scope = Ipv4Network.parse(subnet.required("subnet").asString());
			PhoneProvisioning site = siteOf(sites, scope.address());
			List<String> data = new ArrayList<>();
			subnet.required("option-data").forEach((option) -> {
				if (option.path("name").asString().equals("ms-uc-sip-server")) {
					data.add(option.required("data").asString());
				}
			});
			assertThat(data).as("subnet " + scope).containsExactly(hex(site));
		}
	}

	private static void assertDnsmasq120FollowsItsRange(String config, List<PhoneProvisioning> sites) {
		Map<String, Ipv4Address> rangeStarts = new HashMap<>();
		Matcher ranges = Pattern.compile("(?m)^dhcp-range=set:([^,]+),([^,]+),").matcher(config);
		while (ranges.find()) {
			rangeStarts.put(ranges.group(1), Ipv4Address.parse(ranges.group(2)));
		}
		Matcher options = Pattern.compile("(?m)^dhcp-option=(.*),120,(.*)$").matcher(config);
		int found = 0;
		while (options.find()) {
			String tag = options.group(1).replace("tag:", "");
			assertThat(rangeStarts).as("option 120 tagged with a range's tag").containsKey(tag);
			PhoneProvisioning site = siteOf(sites, rangeStarts.get(tag));
			String value = options.group(2);
			String expected = site.registrar().text().toLowerCase(Locale.ROOT).equals(site.registrar().text())
					&& !value.contains(":") ? site.registrar().text()
							: HexStyle.COLON_PAIRS.format(site.option120().bytes());
			assertThat(value).as("option 120 of " + tag).isEqualTo(expected);
			found++;
		}
		assertThat(found).isEqualTo(sites.size());
	}

	private static PhoneProvisioning siteOf(List<PhoneProvisioning> sites, Ipv4Address address) {
		return sites.stream()
			.filter((site) -> holds(site.scope().orElseThrow(), address))
			.findFirst()
			.orElseThrow(() -> new AssertionError(address + " is in no site's scope"));
	}

	private static boolean holds(Ipv4Network scope, Ipv4Address address) {
		int mask = (int) (0xFFFFFFFFL << (32 - scope.prefixLength()));
		return (address.bits() & mask) == scope.address().bits();
	}

	private static List<String> names(JsonNode optionData) {
		List<String> names = new ArrayList<>();
		optionData.forEach((option) -> names.add(option.path("name").asString()));
		return names;
	}

	private static ObjectNode dhcp4(String rendered) {
		return (ObjectNode) JSON.readTree(rendered).required("Dhcp4");
	}

	private static String document(ObjectNode dhcp4) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.createObjectNode().set("Dhcp4", dhcp4));
	}

	/**
	 * Two Kea fragments as an administrator merges them: lists joined, an entry both
	 * carry word for word kept once (the option 120 definition).
	 */
	private static ObjectNode merge(ObjectNode first, ObjectNode second) {
		ObjectNode merged = first.deepCopy();
		second.properties().forEach((entry) -> {
			JsonNode mine = merged.get(entry.getKey());
			if (mine instanceof ArrayNode list && entry.getValue() instanceof ArrayNode theirs) {
				theirs.forEach((item) -> {
					if (!contains(list, item)) {
						list.add(item);
					}
				});
			}
			else {
				merged.set(entry.getKey(), entry.getValue());
			}
		});
		return merged;
	}

	private static boolean contains(ArrayNode list, JsonNode item) {
		for (JsonNode element : list) {
			if (element.equals(item)) {
				return true;
			}
		}
		return false;
	}

}
