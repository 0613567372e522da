package dev.ucdhcp.cli;

import java.util.Map;

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

}
