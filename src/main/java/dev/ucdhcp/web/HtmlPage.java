package dev.ucdhcp.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;

/**
 * A page written whole from its skeleton (PrerenderedParts.page): the same bytes and
 * headers as the template's view, encoded in one call rather than through the servlet's
 * writer.
 *
 * @param template the view name of the template it stands for
 * @param markup the page
 */
record HtmlPage(String template, String markup) implements View {

	private static final String CONTENT_TYPE = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

	@Override
	public String getContentType() {
		return CONTENT_TYPE;
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.getOutputStream().write(this.markup.getBytes(StandardCharsets.UTF_8));
	}

}
