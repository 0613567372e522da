package dev.ucdhcp.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.ucdhcp.web.http.Routes;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The config as a file, named and typed by its target. */
@Controller
class DownloadController {

	private final ConfigRenderer renderer;

	DownloadController(ConfigRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping(Routes.DOWNLOAD + "{vendor}")
	ResponseEntity<byte[]> download(@PathVariable String vendor, @RequestParam Map<String, String> query) {
		ConfigRenderer.Rendered rendered = this.renderer.render(vendor, query);
		MediaType type = MediaType.parseMediaType(rendered.target().mediaType());
		if (type.getCharset() == null && "text".equals(type.getType())) {
			type = new MediaType(type, StandardCharsets.UTF_8);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(rendered.fileName()).build().toString())
			.body(rendered.body().getBytes(StandardCharsets.UTF_8));
	}

}
