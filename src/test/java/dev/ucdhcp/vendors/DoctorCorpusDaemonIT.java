package dev.ucdhcp.vendors;

import java.nio.file.Path;
import java.util.stream.Stream;

import dev.ucdhcp.doctor.Corpus;
import dev.ucdhcp.doctor.PasteFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The daemons keep the doctor's corpus honest: every ISC, Kea and dnsmasq paste whose
 * expectations say {@code loads=true} passes {@code dhcpd -t}, {@code kea-dhcp4 -t},
 * {@code dnsmasq --test}, and every one that says {@code loads=false} is refused. The
 * doctor itself never runs a daemon on what a user pastes.
 */
class DoctorCorpusDaemonIT {

	@TempDir
	Path temp;

	static Stream<Corpus.Case> daemonCases() {
		return Corpus.all()
			.stream()
			.filter((c) -> c.format() == PasteFormat.ISC || c.format() == PasteFormat.KEA
					|| c.format() == PasteFormat.DNSMASQ)
			.filter((c) -> c.expect().containsKey("loads"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("daemonCases")
	void daemonAgreesWithWhetherThePasteLoads(Corpus.Case corpusCase) throws Exception {
		if (corpusCase.loads()) {
			DaemonCheck.assertAccepted(this.temp, corpusCase.format().id(), corpusCase.text());
		}
		else {
			DaemonCheck.assertRefused(this.temp, corpusCase.format().id(), corpusCase.text());
		}
	}

}
