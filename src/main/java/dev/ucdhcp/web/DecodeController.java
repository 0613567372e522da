package dev.ucdhcp.web;

import dev.ucdhcp.encoding.OptionDecoder;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decoder page: paste DHCPUtil output, a Cisco {@code show run} line or Wireshark hex
 * and see each byte explained.
 */
@Controller
public class DecodeController {

	@GetMapping("/decode")
	public String decode(@RequestParam(name = "hex", required = false, defaultValue = "") String hex,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		model.addAttribute("hex", hex);
		if (!hex.isBlank()) {
			model.addAttribute("decoded", DecodeView.of(OptionDecoder.decode(hex)));
		}
		boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
		return fragment ? "fragments/decoded :: decoded" : "decode";
	}

}
