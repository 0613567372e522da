package dev.ucdhcp.encoding;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisioningInputsTest {

	@Test
	void blankOptionalFieldsTakeTheContractDefaults() {
		PhoneProvisioning provisioning = ProvisioningInputs
			.parse(Map.of("pool", "lync.schertz.local", "port", "", "path", " ", "scheme", ""))
			.provisioning()
			.orElseThrow();

		assertThat(provisioning).isEqualTo(PhoneProvisioning.of(Fqdn.parse("lync.schertz.local")));
		assertThat(provisioning.provisioningUrl())
			.isEqualTo("https://lync.schertz.local:443/CertProv/CertProvisioningService.svc");
	}

	@Test
	void sbaWinsOption120WhileOption43StaysOnCentralWebServices() {
		PhoneProvisioning provisioning = ProvisioningInputs
			.parse(Map.of("pool", "pool.contoso.com", "director", "dir.contoso.com", "sba", "sba1.branch.contoso.com",
					"web", "webint.contoso.com"))
			.provisioning()
			.orElseThrow();

		assertThat(provisioning.topology()).isEqualTo(Topology.BRANCH_SBA);
		assertThat(provisioning.registrar().text()).isEqualTo("sba1.branch.contoso.com");
		assertThat(provisioning.webServicesFqdn().value()).isEqualTo("webint.contoso.com");
	}

	@Test
	void directorIsTheRegistrarWithoutSba() {
		PhoneProvisioning provisioning = ProvisioningInputs
			.parse(Map.of("pool", "pool.contoso.com", "director", "dir.contoso.com"))
			.provisioning()
			.orElseThrow();

		assertThat(provisioning.topology()).isEqualTo(Topology.DIRECTOR);
		assertThat(provisioning.registrar().text()).isEqualTo("dir.contoso.com");
		assertThat(provisioning.webServicesFqdn().value()).isEqualTo("pool.contoso.com");
	}

	@Test
	void everyInvalidFieldGetsItsOwnMessage() {
		ProvisioningInputs.Parsed parsed = ProvisioningInputs
			.parse(Map.of("pool", "bad name", "port", "70000", "path", "CertProv", "scheme", "ftp", "scope",
					"10.10.20.1/24", "ntp", "10.0.0.1,x", "vlan", "4095", "web", "-x.com"));

		assertThat(parsed.valid()).isFalse();
		assertThat(parsed.fieldErrors()).containsOnlyKeys("pool", "port", "path", "scheme", "scope", "ntp", "vlan",
				"web");
		assertThat(parsed.fieldErrors().keySet()).containsExactly("pool", "web", "port", "path", "scheme", "scope",
				"ntp", "vlan");
		assertThat(parsed.fieldErrors().get("scope")).contains("10.10.20.0/24");
	}

	@Test
	void poolIsRequired() {
		assertThat(ProvisioningInputs.parse(Map.of()).fieldErrors()).containsKey("pool");
	}

	@Test
	void queryParametersLeaveDefaultsOutAndRoundTrip() {
		Map<String, String> raw = Map.of("pool", "pool.contoso.com", "scope", "10.10.20.0/24", "ntp",
				"10.0.0.1, 10.0.0.2", "vlan", "20", "port", "443");
		PhoneProvisioning provisioning = ProvisioningInputs.parse(raw).provisioning().orElseThrow();

		assertThat(ProvisioningInputs.queryParameters(provisioning)).containsExactly(
				Map.entry("pool", "pool.contoso.com"), Map.entry("scope", "10.10.20.0/24"),
				Map.entry("ntp", "10.0.0.1,10.0.0.2"), Map.entry("vlan", "20"));
		assertThat(ProvisioningInputs.parse(ProvisioningInputs.queryParameters(provisioning)).provisioning())
			.contains(provisioning);
	}

	@Test
	void ntpAndVlanEncodeAsOptionBytes() {
		PhoneProvisioning provisioning = ProvisioningInputs
			.parse(Map.of("pool", "pool.contoso.com", "ntp", "192.0.2.1,192.0.2.2", "vlan", "120"))
			.provisioning()
			.orElseThrow();

		assertThat(HexStyle.CANONICAL.format(provisioning.ntp().orElseThrow().bytes())).isEqualTo("C0000201C0000202");
		assertThat(HexStyle.CANONICAL.format(provisioning.vlanOption43().orElseThrow().bytes()))
			.isEqualTo("0A03313230");
		assertThat(provisioning.warnings()).extracting(Warning::code).containsExactly(WarningCode.VLAN_EXPERIMENTAL);
	}

}
