package dev.ucdhcp.web.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RequestLogFilterTest {

	@Test
	void listsQueryParameterNamesInOrderWithoutValues() {
		assertThat(names("pool=lync.example.com&vendor=kea&scope=10.0.0.0%2F24")).isEqualTo("pool,vendor,scope");
	}

	@Test
	void keepsNamesWithoutValuesAndSkipsEmptyPairs() {
		assertThat(names("&pool&&vendor=&")).isEqualTo("pool,vendor");
	}

	@Test
	void emptyQueryGivesNoNames() {
		assertThat(names(null)).isEmpty();
		assertThat(names("")).isEmpty();
	}

	@Test
	void replacesEverythingButLettersDigitsAndSafePunctuationInNames() {
		assertThat(names("a%0Ab=1&<script>=2&c d=3")).isEqualTo("a?0Ab,?script?,c?d");
	}

	@Test
	void cutsLongNamesAndStopsAfterSixteenNames() {
		String longName = "n".repeat(100);
		assertThat(names(longName + "=1")).isEqualTo("n".repeat(32) + "…");
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			many.append("p").append(i).append("=v&");
		}
		assertThat(names(many.toString()).split(",")).hasSize(16);
	}

	@Test
	void pathKeepsPercentEscapesButNoControlCharacters() {
		assertThat(RequestLogFilter.printable("/download/%0A\r\nx<y>", 200, true)).isEqualTo("/download/%0A??x?y?");
	}

	@Test
	void anExceptionLeavingTheChainIsLoggedAsThe500TomcatWillSend() {
		Logger logger = (Logger) LoggerFactory.getLogger(RequestLogFilter.LOGGER_NAME);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			assertThatIllegalStateException()
				.isThrownBy(() -> new RequestLogFilter().doFilter(new MockHttpServletRequest("GET", "/broken"),
						new MockHttpServletResponse(), (request, response) -> {
							throw new IllegalStateException("render failed");
						}));
			assertThat(appender.list).singleElement()
				.extracting(ILoggingEvent::getFormattedMessage)
				.asString()
				.startsWith("GET /broken 500 ");
		}
		finally {
			logger.detachAppender(appender);
		}
	}

	private static String names(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setQueryString(query);
		return RequestLogFilter.parameterNames(request);
	}

}
