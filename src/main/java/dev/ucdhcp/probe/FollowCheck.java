package dev.ucdhcp.probe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step a phone takes after DHCP, and whether it works: resolve a name, open TLS to
 * the registrar, fetch over HTTPS, ask a time server.
 *
 * @param step {@code dns}, {@code tls}, {@code https} or {@code sntp}
 * @param target what was asked: a name, {@code host:port}, a URL, a server
 * @param ok whether a phone gets past this step
 * @param message on failure, what the phone cannot do and why; on success, what was seen
 */
record FollowCheck(String step, String target, boolean ok, String message) {

	String text() {
		return (this.ok ? "  ok   " : "  FAIL ") + this.step + " " + this.target + ": " + this.message;
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("step", this.step);
		json.put("target", this.target);
		json.put("ok", this.ok);
		json.put("message", this.message);
		return json;
	}

}
