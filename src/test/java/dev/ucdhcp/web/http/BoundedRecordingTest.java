package dev.ucdhcp.web.http;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedRecordingTest {

	@Test
	void aBodyWithinTheLimitIsHeldBackWhole() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		BoundedRecording recording = new BoundedRecording(response, 1024);
		recording.getWriter().write("x".repeat(1024));
		assertThat(recording.finish()).hasValueSatisfying((body) -> assertThat(body).hasSize(1024));
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aBodyOverTheLimitGoesOutAsItComesAndIsNotKept() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		BoundedRecording recording = new BoundedRecording(response, 1024);
		byte[] chunk = new byte[700];
		Arrays.fill(chunk, (byte) 'y');
		for (int i = 0; i < 10; i++) {
			recording.getOutputStream().write(chunk);
		}
		assertThat(recording.finish()).isEmpty();
		assertThat(response.getContentAsByteArray()).hasSize(7000).containsOnly((byte) 'y');
	}

}
