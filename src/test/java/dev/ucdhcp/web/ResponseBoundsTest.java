package dev.ucdhcp.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import dev.ucdhcp.encoding.OptionDecoder;
import dev.ucdhcp.web.http.Htmx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No input makes a response body larger than 64 KB: the largest valid and invalid inputs
 * of every route, and pastes at the decoder's limit built to produce as many lines as
 * possible. One digit past the limit is refused.
 */
@WebSlice
class ResponseBoundsTest {

	static final int MAX_BODY = 64 * 1024;

	private static final String[] VENDORS = { "netsh", "powershell", "isc", "kea", "cisco", "mikrotik", "dnsmasq" };

	@Autowired
	private MockMvc mvc;

	/** Pastes of exactly {@link OptionDecoder#MAX_HEX_DIGITS} digits. */
	static Stream<String> pastesAtTheLimit() {
		List<String> pastes = new ArrayList<>();
		pastes.add("00".repeat(512));
		pastes.add("ff".repeat(512));
		pastes.add("c0".repeat(512));
		pastes.add("0100".repeat(256));
		pastes.add("00" + "016100".repeat(170) + "00");
		pastes.add("00" + "0161".repeat(255) + "00");
		pastes.add("2b" + "ff" + "0100".repeat(255));
		pastes.add("78" + "ff" + "00" + "01610000".repeat(127) + "00");
		StringBuilder varied = new StringBuilder();
		for (int i = 0; i < 256; i++) {
			varied.append(String.format("%02x00", 1 + i % 254));
		}
		pastes.add(varied.toString());
		StringBuilder names = new StringBuilder("00");
		for (int i = 0; varied.length() > 0 && names.length() + 6 <= 1024; i++) {
			names.append(String.format("01%02x00", 0x61 + i % 26));
		}
		pastes.add(names + "00".repeat((1024 - names.length()) / 2));
		Random random = new Random(14);
		for (int n = 0; n < 12; n++) {
			StringBuilder hex = new StringBuilder();
			for (int i = 0; i < 512; i++) {
				hex.append(String.format("%02x", (n % 2 == 0) ? random.nextInt(256) : random.nextInt(4)));
			}
			pastes.add(hex.toString());
		}
		// the same with a separator after every byte: the longest paste that is still
		// read
		pastes.add(String.join(":", "0100".repeat(256).split("(?<=\\G..)")));
		return pastes.stream();
	}

	@ParameterizedTest
	@MethodSource("pastesAtTheLimit")
	void decoderAnswersAtTheLimitStayUnder64Kb(String paste) throws Exception {
		assertThat(paste.replace(":", "")).hasSize(OptionDecoder.MAX_HEX_DIGITS);
		assertBounded(get("/decode").param("hex", paste));
		assertBounded(get("/decode").param("hex", paste).header(Htmx.REQUEST, "true"));
		assertBounded(get("/api/v1/decode").param("hex", paste));
	}

	@Test
	void oneDigitPairPastTheLimitIsRefusedWithAMessage() throws Exception {
		String over = body(get("/api/v1/decode").param("hex", "01".repeat(513)));
		assertThat(over).contains("1026 hex digits").contains("\"valid\":false");
		String atLimit = body(get("/api/v1/decode").param("hex", "01".repeat(512)));
		assertThat(atLimit).doesNotContain("hex digits; at most");
		String longPaste = body(get("/api/v1/decode").param("hex", " ".repeat(2000) + "01".repeat(25)));
		assertThat(longPaste).contains("2050 characters");
	}

	@Test
	void repeatedFindingsAreMergedWithTheirByteRange() throws Exception {
		String zeros = body(get("/api/v1/decode").param("hex", "00".repeat(512)));
		assertThat(zeros).containsPattern("Bytes 1–511 \\(511 times\\)");
		assertThat(zeros.split("\"severity\"")).hasSizeLessThan(10);
	}

	@Test
	void everyRouteWithTheLargestInputsStaysUnder64Kb() throws Exception {
		Map<String, String> largest = largestValidInputs();
		Map<String, String> hostile = new LinkedHashMap<>();
		largest.keySet().forEach((name) -> hostile.put(name, "<\"é&".repeat(75)));
		for (Map<String, String> inputs : List.of(largest, hostile)) {
			for (String vendor : VENDORS) {
				assertBounded(with(get("/"), inputs).param("vendor", vendor));
				assertBounded(with(get("/"), inputs).param("vendor", vendor).header(Htmx.REQUEST, "true"));
				assertBounded(with(get("/download/" + vendor), inputs));
				assertBounded(with(get("/api/v1/config/" + vendor), inputs));
				assertBounded(with(get("/api/v1/options"), inputs).param("vendor", vendor));
			}
		}
	}

	/** Every field at its longest valid value. */
	static Map<String, String> largestValidInputs() {
		String fqdn = String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(61));
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("pool", fqdn);
		inputs.put("web", fqdn.replace('a', 'w'));
		inputs.put("director", fqdn.replace('a', 'r'));
		inputs.put("sba", fqdn.replace('a', 's'));
		inputs.put("port", "65535");
		inputs.put("path", "/" + "p".repeat(127));
		inputs.put("scheme", "https");
		inputs.put("scope", "10.10.20.0/24");
		inputs.put("ntp", "192.0.2.1,192.0.2.2,192.0.2.3,192.0.2.4,192.0.2.5,192.0.2.6,192.0.2.7,192.0.2.8");
		inputs.put("vlan", "4094");
		return inputs;
	}

	private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request,
			Map<String, String> inputs) {
		inputs.forEach(request::param);
		return request;
	}

	private void assertBounded(MockHttpServletRequestBuilder request) throws Exception {
		byte[] body = this.mvc.perform(request).andReturn().getResponse().getContentAsByteArray();
		assertThat(body.length).as(request.toString()).isPositive().isLessThanOrEqualTo(MAX_BODY);
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
