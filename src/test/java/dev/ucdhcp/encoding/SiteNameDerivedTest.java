package dev.ucdhcp.encoding;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default site name skips the labels every branch's SBA shares ({@code sba},
 * {@code sba01}, {@code pool}, …): naming every site {@code sba} gave every branch the
 * same file and object names.
 */
class SiteNameDerivedTest {

	@ParameterizedTest
	@CsvSource({ "sba.berlin.contoso.com, berlin", "sba01.paris.contoso.com, paris", "SBA-02.Rome.contoso.com, rome",
			"pool.oslo.contoso.com, oslo", "lync.madrid.contoso.com, madrid", "fe.lyon.contoso.com, lyon",
			"sip.porto.contoso.com, porto", "lyncpool.riga.contoso.com, riga", "sba.lync.kyiv.contoso.com, kyiv",
			"berlin-sba.contoso.com, berlin-sba", "sbaberlin.contoso.com, sbaberlin", "sba.contoso.com, contoso",
			"sba.com, sba", "sba01.branch.schertz.local, branch",
			"sba.averyveryverylongbranchname.contoso.com, averyveryverylongbra" })
	void skipsGenericFirstLabels(String sba, String site) {
		assertThat(SiteName.derived(Optional.of(Registrar.parseOne(sba)), Optional.empty()))
			.contains(new SiteName(site));
	}

}
