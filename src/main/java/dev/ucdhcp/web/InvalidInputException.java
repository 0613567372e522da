package dev.ucdhcp.web;

import java.util.Map;

/** Bad input on a route that answers with a file or JSON: becomes a 400 problem. */
public class InvalidInputException extends RuntimeException {

	private final transient Map<String, String> fieldErrors;

	public InvalidInputException(Map<String, String> fieldErrors) {
		super(fieldErrors.size() + " invalid field(s): " + String.join(", ", fieldErrors.keySet()));
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return this.fieldErrors;
	}

}
