package dev.ucdhcp.cli;

import java.util.List;
import java.util.Map;

import dev.ucdhcp.encoding.Permalink;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.support.RandomInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PermalinkInputsTest {

	@Test
	void readsTheWholeAddressOrJustItsQueryAndSkipsWhatOnlyThePageUses() {
		Map<String, String> expected = Map.of("pool", "lync.schertz.local", "sites",
				"berlin,10.20.30.0/24\nparis,10.20.40.0/24");
		String query = "pool=lync.schertz.local&sites=berlin%2C10.20.30.0%2F24%0Aparis%2C10.20.40.0%2F24"
				+ "&topology=pool&vendor=kea";
		assertThat(PermalinkInputs.of("https://ucdhcp.example/?" + query + "#result")).isEqualTo(expected);
		assertThat(PermalinkInputs.of(query)).isEqualTo(expected);
	}

	@Test
	void refusesUnknownRepeatedOrBrokenParameters() {
		assertThatIllegalArgumentException().isThrownBy(() -> PermalinkInputs.of("pool=a.b&colour=red"))
			.withMessageContaining("unknown input \"colour\"");
		assertThatIllegalArgumentException().isThrownBy(() -> PermalinkInputs.of("pool=a.b&pool=c.d"))
			.withMessageContaining("pool is given twice");
		assertThatIllegalArgumentException().isThrownBy(() -> PermalinkInputs.of("pool=a%2"))
			.withMessageContaining("%-escape is broken");
	}

	@Test
	void readsEveryLinkThePageAndTheFilesWriteAsTheirInputs() {
		List<String> vendors = List.of("netsh", "powershell", "isc", "kea", "cisco", "mikrotik", "dnsmasq");
		List<Map<String, String>> samples = RandomInputs.samples(67L, 2000, RandomInputs::provisioningInputs).toList();
		for (int i = 0; i < samples.size(); i++) {
			PhoneProvisioning provisioning = ProvisioningInputs.parse(samples.get(i)).provisioning().orElseThrow();
			Permalink written = Permalink.of(provisioning, vendors.get(i % vendors.size()));
			// what a responder or apply user pastes: the page's address, a file's comment
			// (Cisco's path form too), or the query alone
			for (String link : List.of(written.page("https://ucdhcp.example.com"),
					written.absolute("https://ucdhcp.example.com"), written.query())) {
				assertThat(PermalinkInputs.of(link)).as(link).isEqualTo(written.inputs());
				assertThat(ProvisioningInputs.parse(PermalinkInputs.of(link)).provisioning()).contains(provisioning);
			}
		}
	}

}
