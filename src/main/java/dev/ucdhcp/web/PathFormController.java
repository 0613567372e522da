package dev.ucdhcp.web;

import dev.ucdhcp.encoding.Permalink;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Opens a path-form permalink ({@code /p/pool=…&vendor=cisco}, written where a {@code ?}
 * would do harm) as the page it names: a permanent redirect to {@code /?pool=…}. The
 * query is taken from the raw URI with the path form's extra {@code %25} undone, so every
 * value reaches the page as the query form carries it.
 */
@Controller
class PathFormController {

	@GetMapping(Permalink.PATH_FORM + "**")
	ResponseEntity<Void> open(HttpServletRequest request) {
		String query = Permalink.queryOfPathForm(request.getRequestURI());
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, "/?" + query).build();
	}

}
