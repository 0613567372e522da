package dev.ucdhcp.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.ucdhcp.web.http.Etags;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI document as the file the build's {@code OpenApiGenerationTest} generated
 * from the code with springdoc and proved current: no OpenAPI machinery (swagger-core,
 * Jackson 2, SnakeYAML) is loaded at start-up, and the answer is bytes read once.
 */
@RestController
class OpenApiDocumentController {

	static final String PATH = "/v3/api-docs";

	static final String RESOURCE = "openapi/api-docs.json";

	private final byte[] document;

	private final String etag;

	OpenApiDocumentController() {
		try {
			this.document = new ClassPathResource(RESOURCE).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the packaged OpenAPI document " + RESOURCE + " is missing", ex);
		}
		this.etag = Etags.weak(this.document);
	}

	/**
	 * The same document for the whole life of the process: a client revalidates with its
	 * ETag and gets a 304 (Spring answers If-None-Match from the entity's ETag).
	 */
	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> document() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.eTag(this.etag)
			.body(this.document);
	}

}
