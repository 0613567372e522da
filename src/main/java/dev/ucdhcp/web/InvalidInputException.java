package dev.ucdhcp.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bad input on a route that answers with a file or JSON: becomes a 400 problem. */
public class InvalidInputException extends RuntimeException {

	private final transient Map<String, String> fieldErrors;

	public InvalidInputException(Map<String, String> fieldErrors) {
		super(fieldErrors.size() + " invalid field(s): " + String.join(", ", fieldErrors.keySet()));
		this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
	}

	public Map<String, String> fieldErrors() {
		return this.fieldErrors;
	}

}
