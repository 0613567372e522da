package dev.ucdhcp.vendors;

import java.util.List;

import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.Warning;
import dev.ucdhcp.encoding.WarningCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What each target promises beyond its golden files, asserted on the rendered text. */
class TargetsTest {

	private static final TargetRegistry TARGETS = new TargetRegistry();

	private static final String OPTION_120 = "00046C796E63077363686572747A056C6F63616C00";

	private static final String OPTION_43 = "010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C"
			+ "040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663";

	private static String render(String vendor, String... inputs) {
		PhoneProvisioning provisioning = GoldenCases.parse(GoldenCases.inputs(inputs));
		Target target = TARGETS.find(vendor).orElseThrow();
		return target.render(provisioning, GoldenCases.permalinks(target));
	}

	/**
	 * The text with wrapped comment lines joined, to find a sentence wherever it wraps.
	 */
	private static String flat(String text) {
		return text.replaceAll("\\r?\\n(rem|#|//|!) ?", " ");
	}

	private static List<Warning> warnings(String vendor, String... inputs) {
		return TARGETS.find(vendor).orElseThrow().warnings(GoldenCases.parse(GoldenCases.inputs(inputs)));
	}

	@Test
	void registryListsTheContractTargetsInOrderWithTheirFiles() {
		assertThat(TARGETS.all()).extracting(Target::id)
			.containsExactly("netsh", "powershell", "isc", "kea", "cisco", "mikrotik", "dnsmasq");
		assertThat(TARGETS.all()).extracting(Target::fileName)
			.containsExactly("ucdhcp-netsh.bat", "ucdhcp-powershell.ps1", "ucdhcp-isc.conf", "ucdhcp-kea.json",
					"ucdhcp-cisco.txt", "ucdhcp-mikrotik.rsc", "ucdhcp-dnsmasq.conf");
		assertThat(TARGETS.all()).extracting(Target::mediaType)
			.containsExactly("text/plain", "text/plain", "text/plain", "application/json", "text/plain", "text/plain",
					"text/plain");
		assertThat(TARGETS.find("kea")).get().extracting(Target::displayName).asString().contains("Kea");
		assertThat(TARGETS.find("Kea")).isEmpty();
		assertThat(TARGETS.find("windows")).isEmpty();
	}

	@Test
	void theFileNameCarriesTheSiteOrSaysSites() {
		PhoneProvisioning berlin = GoldenCases
			.parse(GoldenCases.inputs("pool", "lync.schertz.local", "site", "berlin"));
		PhoneProvisioning sites = GoldenCases
			.parse(GoldenCases.inputs("pool", "lync.schertz.local", "sites", GoldenCases.SITES));
		PhoneProvisioning none = GoldenCases.parse(GoldenCases.inputs("pool", "lync.schertz.local"));

		assertThat(TARGETS.all()).extracting((target) -> target.fileName(berlin))
			.containsExactly("ucdhcp-netsh-berlin.bat", "ucdhcp-powershell-berlin.ps1", "ucdhcp-isc-berlin.conf",
					"ucdhcp-kea-berlin.json", "ucdhcp-cisco-berlin.txt", "ucdhcp-mikrotik-berlin.rsc",
					"ucdhcp-dnsmasq-berlin.conf");
		assertThat(TARGETS.all()).extracting((target) -> target.fileName(sites))
			.allMatch((name) -> name.matches("ucdhcp-[a-z]+-sites\\.[a-z0-9]+"));
		assertThat(TARGETS.all()).extracting((target) -> target.fileName(none))
			.containsExactlyElementsOf(TARGETS.all().stream().map(Target::fileName).toList());
	}

	@Test
	void everyTargetWritesOption120ByAddressAsEncodingOne() {
		String[] inputs = { "pool", "lync.schertz.local", "sba", "192.0.2.5" };
		assertThat(render("netsh", inputs)).contains("set optionvalue 120 Binary 01C0000205\r\n");
		assertThat(render("powershell", inputs)).contains("$option120 = [byte[]](0x01,0xC0,0x00,0x02,0x05)");
		assertThat(render("isc", inputs)).contains("option ms-uc-sip-server 01:c0:00:02:05;");
		assertThat(render("kea", inputs)).contains("\"data\": \"01C0000205\"");
		assertThat(render("cisco", inputs)).contains(" option 120 hex 01c0.0002.05\n");
		assertThat(render("mikrotik", inputs)).contains("code=120 value=0x01C0000205\n");
		assertThat(render("dnsmasq", inputs)).contains("dhcp-option=120,01:c0:00:02:05\n");
	}

	@Test
	void everyTargetCarriesTheKnownAnswerInItsOwnHexStyle() {
		assertThat(render("netsh", "pool", "lync.schertz.local")).contains("Binary " + OPTION_120)
			.contains("vendor=MSUCClient 4D532D55432D436C69656E74")
			.contains("vendor=MSUCClient 2F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663");
		assertThat(render("powershell", "pool", "lync.schertz.local"))
			.contains("[byte[]](0x00,0x04,0x6C,0x79,0x6E,0x63,0x07,0x73,0x63,0x68,0x65,0x72,0x74,0x7A,0x05,0x6C,0x6F,"
					+ "0x63,0x61,0x6C,0x00)");
		assertThat(render("isc", "pool", "lync.schertz.local"))
			.contains("option ms-uc-sip-server 00:04:6c:79:6e:63:07:73:63:68:65:72:74:7a:05:6c:6f:63:61:6c:00;")
			.contains("option MSUC.certprov-path \"/CertProv/CertProvisioningService.svc\";");
		assertThat(render("kea", "pool", "lync.schertz.local")).contains("\"data\": \"" + OPTION_120 + "\"")
			.contains("\"data\": \"" + OPTION_43 + "\"");
		assertThat(render("cisco", "pool", "lync.schertz.local"))
			.contains(" option 120 hex 0004.6c79.6e63.0773.6368.6572.747a.056c.6f63.616c.00\n")
			.contains(" option 43 hex 010c.4d53.2d55.432d.436c.6965.6e74.0205.6874.7470.7303.126c.796e.632e.7363.6865"
					+ ".7274.7a2e.6c6f.6361.6c04.0334.3433.0525.2f43.6572.7450.726f.762f.4365.7274.5072.6f76.6973.696f"
					+ ".6e69.6e67.5365.7276.6963.652e.7376.63\n");
		assertThat(render("mikrotik", "pool", "lync.schertz.local")).contains("code=120 value=0x" + OPTION_120 + "\n")
			.contains("code=43 value=0x" + OPTION_43 + "\n");
		assertThat(render("dnsmasq", "pool", "lync.schertz.local")).contains("dhcp-option=120,lync.schertz.local\n")
			.contains("dhcp-option=tag:msucclient,43,01:0c:4d:53:2d:55:43:2d:43:6c:69:65:6e:74:02:05:");
	}

	@Test
	void netshFollowsDhcpConfigScriptWithCrlfAndACleanupThatStops() {
		String script = render("netsh", "pool", "lync.schertz.local");
		assertThat(script.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		assertThat(script).doesNotContain("if nt").endsWith("\r\n");
		List<String> commands = script.lines().filter((line) -> !line.startsWith("rem")).toList();
		assertThat(commands).startsWith("netsh dhcp server delete optionvalue 120",
				"netsh dhcp server delete optiondef 120", "netsh dhcp server delete class MSUCClient",
				"if /i \"%~1\"==\"Cleanup\" goto :EOF",
				"netsh dhcp server add optiondef 120 UCSipServer Binary 0 comment=\"Sip Server Fqdn\"",
				"netsh dhcp server set optionvalue 120 Binary " + OPTION_120,
				"netsh dhcp server add class MSUCClient \"UC Vendor Class Id\" \"MS-UC-Client\" 1");
		assertThat(commands).filteredOn((line) -> line.contains(" add optiondef ")).hasSize(6);
	}

	@Test
	void netshWithAScopeSetsAndCleansTheValuesOnThatScope() {
		String script = render("netsh", "pool", "lync.schertz.local", "scope", "10.10.20.0/24");
		List<String> commands = script.lines().filter((line) -> !line.startsWith("rem")).toList();
		int stop = commands.indexOf("if /i \"%~1\"==\"Cleanup\" goto :EOF");
		assertThat(commands.subList(0, stop)).contains("netsh dhcp server scope 10.10.20.0 delete optionvalue 120",
				"netsh dhcp server scope 10.10.20.0 delete optionvalue 5 vendor=MSUCClient");
		assertThat(commands.subList(stop, commands.size())).filteredOn((line) -> line.contains("set optionvalue"))
			.hasSize(6)
			.allMatch((line) -> line.startsWith("netsh dhcp server scope 10.10.20.0 set optionvalue"));
	}

	@Test
	void aBatchFileKeepsPercentSignsLiteral() {
		String script = render("netsh", "pool", "lync.schertz.local", "path", "/Cert%20Prov/%~1");
		assertThat(script).contains("rem   path     /Cert%%20Prov/%%~1", "path=%%2FCert%%2520Prov%%2F%%25%%7E1");
	}

	@Test
	void powerShellIsIdempotentRemovableAndScopeAware() {
		String script = render("powershell", "pool", "lync.schertz.local", "scope", "10.10.20.0/24");
		assertThat(script).contains("[string]$ComputerName = $env:COMPUTERNAME", "[switch]$Remove",
				"if (-not (Get-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient'",
				"$scope = @{ ScopeId = '10.10.20.0' }",
				"Remove-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -Type Vendor");
		assertThat(render("powershell", "pool", "lync.schertz.local")).contains("$scope = @{ }");
		// On an [ordered] dictionary an integer index is a position, not a key.
		assertThat(script).doesNotContainPattern("\\$subOptions\\[");
	}

	@Test
	void directorAndSbaMoveOption120ButOption43StaysOnTheWebServices() {
		for (Target target : TARGETS.all()) {
			String director = flat(render(target.id(), "pool", "lync.schertz.local", "director", "dir.schertz.local"));
			assertThat(director).as(target.id()).contains("Option 120 names the Director pool dir.schertz.local");
			assertThat(director).as(target.id())
				.contains("Option 43 stays on the web services FQDN lync.schertz.local");
			String sba = flat(render(target.id(), "pool", "lync.schertz.local", "sba", "sba.branch.schertz.local"));
			assertThat(sba).as(target.id()).contains("an SBA has no web services");
		}
		assertThat(render("kea", "pool", "lync.schertz.local", "sba", "sba.branch.schertz.local"))
			.contains("\"data\": \"0003736261066272616E6368077363686572747A056C6F63616C00\"")
			.contains("\"data\": \"" + OPTION_43 + "\"");
	}

	@Test
	void everyFileNamesItsPermalinkAndEveryWarning() {
		for (Target target : TARGETS.all()) {
			String[] inputs = { "pool", "lync.schertz.local", "web", "lyncwebint01.pool.schertz.corp", "scheme", "http",
					"vlan", "100" };
			String rendered = render(target.id(), inputs);
			assertThat(rendered).as(target.id())
				.contains("Permalink: http://localhost:8080/?pool=lync.schertz.local&web=lyncwebint01.pool.schertz.corp"
					.replace("%", target.id().equals("netsh") ? "%%" : "%"));
			for (Warning warning : warnings(target.id(), inputs)) {
				assertThat(rendered).as(target.id()).contains("- " + warning.code() + ": ");
			}
			assertThat(warnings(target.id(), inputs)).extracting(Warning::code)
				.contains(WarningCode.HTTP_SCHEME, WarningCode.VLAN_EXPERIMENTAL);
		}
	}

	@Test
	void ciscoWarnsWithDigitsOverAndTheWebFqdnBudget() {
		assertThat(warnings("cisco", "pool", "lync.schertz.local")).extracting(Warning::code)
			.doesNotContain(WarningCode.CISCO_HEX_LIMIT);
		assertThat(warnings("cisco", "pool", "lync.schertz.local", "web", "abcdefghijklmn.corp.com"))
			.extracting(Warning::code)
			.doesNotContain(WarningCode.CISCO_HEX_LIMIT);
		Warning limit = warnings("cisco", "pool", "lync.schertz.local", "web", "lyncwebint01.pool.schertz.corp")
			.stream()
			.filter((warning) -> warning.code().equals(WarningCode.CISCO_HEX_LIMIT))
			.findFirst()
			.orElseThrow();
		assertThat(limit.message()).contains("194 hex digits, 14 over the 180", "at most 23 characters", "has 30",
				"option ext 43 hex");
		String config = render("cisco", "pool", "lync.schertz.local", "web", "lyncwebint01.pool.schertz.corp");
		assertThat(config).contains(" ! CISCO_HEX_LIMIT: Option 43 is 194 hex digits", " ! option ext 43 hex 010c.",
				"Keep the phones in their own pool");
		assertThat(warnings("kea", "pool", "lync.schertz.local", "web", "lyncwebint01.pool.schertz.corp"))
			.extracting(Warning::code)
			.doesNotContain(WarningCode.CISCO_HEX_LIMIT);
	}

	@Test
	void mikrotikWritesTheV7MatcherAndTheV6NetworkForm() {
		String script = render("mikrotik", "pool", "lync.schertz.local", "scope", "10.10.20.0/24", "site", "berlin");
		assertThat(script).contains("add name=ucdhcp-berlin-msuc options=ucdhcp-berlin-43,ucdhcp-berlin-120\n",
				"add name=ucdhcp-berlin-msuc server=dhcp-berlin code=60 value=\"MS-UC-Client\""
						+ " option-set=ucdhcp-berlin-msuc\n",
				"# CHANGE server=dhcp-berlin below", "# /ip dhcp-server network set [find address=10.10.20.0/24]"
						+ " dhcp-option=ucdhcp-berlin-43,ucdhcp-berlin-120\n");
		assertThat(render("mikrotik", "pool", "lync.schertz.local"))
			.contains("add name=ucdhcp-msuc server=dhcp1 code=60 value=\"MS-UC-Client\" option-set=ucdhcp-msuc\n");
	}

	@Test
	void extrasAddNtpAndTheExperimentalVlanClass() {
		String[] inputs = { "pool", "lync.schertz.local", "ntp", "10.10.10.10,10.10.10.11", "vlan", "100" };
		assertThat(render("netsh", inputs)).contains("set optionvalue 42 IPADDRESS 10.10.10.10 10.10.10.11\r\n",
				"add class CPEOCPHONE \"Voice VLAN (experimental)\" \"CPE-OCPHONE\" 1", "vendor=CPEOCPHONE 313030");
		assertThat(render("isc", inputs)).contains("option ntp-servers 10.10.10.10, 10.10.10.11;",
				"match if option vendor-class-identifier = \"CPE-OCPHONE\";", "option CPEOC.voice-vlan \"100\";");
		assertThat(render("kea", inputs)).contains(
				"{ \"name\": \"ntp-servers\", \"data\": \"10.10.10.10, 10.10.10.11\" }", "\"data\": \"0A03313030\"");
		assertThat(render("dnsmasq", inputs)).contains("dhcp-option=42,10.10.10.10,10.10.10.11\n",
				"dhcp-vendorclass=set:cpeocphone,CPE-OCPHONE\n", "dhcp-option=tag:cpeocphone,43,0a:03:31:30:30\n");
		assertThat(render("cisco", inputs)).contains(" option 42 ip 10.10.10.10 10.10.10.11\n");
		assertThat(render("mikrotik", inputs)).contains("code=42 value=0x0A0A0A0A0A0A0A0B\n",
				"value=\"CPE-OCPHONE\" option-set=ucdhcp-vlan");
		assertThat(render("powershell", inputs)).contains("-OptionId 42 -Value $ntpServers", "-Data 'CPE-OCPHONE'");
		for (Target target : TARGETS.all()) {
			assertThat(render(target.id(), inputs)).as(target.id()).containsIgnoringCase("experimental");
		}
	}

	@Test
	void dnsmasqKeepsTheCaseOfOption120AsTyped() {
		assertThat(render("dnsmasq", "pool", "Lync.Schertz.local"))
			.contains("dhcp-option=120,00:04:4c:79:6e:63:07:53:63:68:65:72:74:7a:05:6c:6f:63:61:6c:00\n");
	}

}
