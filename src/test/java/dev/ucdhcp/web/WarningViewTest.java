package dev.ucdhcp.web;

import java.util.List;

import dev.ucdhcp.encoding.Warning;
import dev.ucdhcp.encoding.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class WarningViewTest {

	@Test
	void splitsTheMessageAtBackticksIntoProseAndCommands() {
		WarningView view = WarningView
			.of(new Warning(WarningCode.CISCO_HEX_LIMIT, "Use `option ext 43 hex` instead of `option 43 hex`."));
		assertThat(view.headline()).isEqualTo("Cisco IOS cuts this value off");
		assertThat(view.parts()).containsExactly(new WarningView.Part("Use ", false),
				new WarningView.Part("option ext 43 hex", true), new WarningView.Part(" instead of ", false),
				new WarningView.Part("option 43 hex", true), new WarningView.Part(".", false));
		assertThat(view.plain()).isEqualTo("Use option ext 43 hex instead of option 43 hex.");
	}

	@Test
	void anUnclosedBacktickLeavesTheRestAsProse() {
		assertThat(WarningView.parts("a `b"))
			.isEqualTo(List.of(new WarningView.Part("a ", false), new WarningView.Part("b", false)));
	}

	@ParameterizedTest
	@EnumSource(WarningCode.class)
	void everyCodeHasAPlainHeadlineOfItsOwn(WarningCode code) {
		String message = "Message text that is not a headline: details.";
		assertThat(WarningView.of(new Warning(code, message)).headline()).isNotBlank()
			.isNotEqualTo("Message text that is not a headline");
	}

}
