package dev.ucdhcp.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PastedNameTest {

	@Test
	void recognisesAUrlASipAddressAndANameWithItsPort() {
		assertThat(PastedName.recognise("https://lync.schertz.local/")).hasValueSatisfying((pasted) -> {
			assertThat(pasted.name()).isEqualTo("lync.schertz.local");
			assertThat(pasted.message()).startsWith("This looks like a URL");
		});
		assertThat(PastedName.recognise("sip:lync.schertz.local"))
			.hasValueSatisfying((pasted) -> assertThat(pasted.message()).startsWith("This looks like a SIP address"));
		assertThat(PastedName.recognise("lync.schertz.local:443")).hasValueSatisfying((pasted) -> {
			assertThat(pasted.name()).isEqualTo("lync.schertz.local");
			assertThat(pasted.message()).startsWith("This looks like a name with a port").doesNotContain("Advanced");
		});
		assertThat(PastedName.recognise("HTTPS://Lync.Schertz.local:4443/CertProv/x.svc"))
			.hasValueSatisfying((pasted) -> {
				assertThat(pasted.name()).isEqualTo("Lync.Schertz.local");
				assertThat(pasted.message()).contains("listen on 4443, set Port under Advanced");
			});
		assertThat(PastedName.recognise("sip:user@lync.schertz.local")).map(PastedName::name)
			.contains("lync.schertz.local");
	}

	@Test
	void offersNothingForWhatIsNotANameInDisguise() {
		assertThat(PastedName.recognise("lync_pool")).isEmpty();
		assertThat(PastedName.recognise("lync.schertz.local")).as("no scheme, no port: nothing was pasted around it")
			.isEmpty();
		assertThat(PastedName.recognise("https://lync_pool/")).isEmpty();
		assertThat(PastedName.recognise("https://lync.schertz.local/\"; rm -rf /")).isEmpty();
		assertThat(PastedName.recognise("ftp://lync.schertz.local/")).isEmpty();
	}

	@Test
	void readsPastesUpTo300CharactersAndNoLonger() {
		String path = "/" + "a".repeat(PastedName.MAX_PASTE - "https://lync.schertz.local/".length());
		String atLimit = "https://lync.schertz.local" + path;
		assertThat(atLimit).hasSize(300);
		assertThat(PastedName.recognise(atLimit)).isPresent();
		assertThat(PastedName.recognise(atLimit + "a")).isEmpty();
	}

}
