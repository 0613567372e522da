package dev.ucdhcp.web;

import dev.ucdhcp.encoding.OptionDecoder;
import dev.ucdhcp.web.http.Htmx;
import dev.ucdhcp.web.http.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The decoder page: paste DHCPUtil output, a Cisco {@code show run} line or Wireshark hex
 * and see each byte explained.
 */
@Controller
class DecodeController {

	@GetMapping(Routes.DECODE)
	String decode(@RequestParam(name = "hex", required = false, defaultValue = "") String hex, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("hex", hex);
		if (!hex.isBlank()) {
			model.addAttribute("decoded", DecodeView.of(OptionDecoder.decode(hex), hex));
		}
		if (Htmx.answerWithFragment(request, response)) {
			Htmx.pushUrl(response,
					UriComponentsBuilder.fromPath(Routes.DECODE)
						.queryParam("hex", "{hex}")
						.encode()
						.buildAndExpand(hex)
						.toUriString());
			return "fragments/decoded :: decoded";
		}
		return "decode";
	}

}
