package dev.ucdhcp.web.doctor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasteLinesTest {

	@Test
	void quotesTheLineWithOneLineEitherSideNumberedFromOne() {
		PasteLines lines = new PasteLines("one\ntwo\r\nthree\rfour\n");
		assertThat(lines.count()).isEqualTo(4);
		assertThat(lines.around(2)).containsExactly(new PasteLines.Line(1, "one", false),
				new PasteLines.Line(2, "two", true), new PasteLines.Line(3, "three", false));
		assertThat(lines.around(1)).hasSize(2);
		assertThat(lines.around(4)).extracting(PasteLines.Line::number).containsExactly(3, 4);
	}

	@Test
	void aLineOutsideThePasteQuotesNothing() {
		PasteLines lines = new PasteLines("one\ntwo");
		assertThat(lines.around(0)).isEmpty();
		assertThat(lines.around(3)).isEmpty();
	}

	@Test
	void cutsAQuotedLineAtTwoHundredCharacters() {
		PasteLines lines = new PasteLines("x".repeat(200) + "\n" + "y".repeat(201));
		assertThat(lines.around(1).get(0).text()).hasSize(200);
		assertThat(lines.around(2).get(1).text()).isEqualTo("y".repeat(200) + " …");
	}

}
