package dev.ucdhcp.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.encoding.OptionDecoder;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.Warning;
import dev.ucdhcp.web.http.Routes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API: the same inputs as the form and the permalink, as query parameters.
 */
@RestController
@Tag(name = "ucdhcp", description = "DHCP options 120 and 43 for Lync / Skype for Business IP phones")
public class ApiController {

	private final ConfigRenderer renderer;

	public ApiController(ConfigRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping(path = Routes.API_OPTIONS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Option 120 and option 43 in canonical hex, with sub-options and warnings")
	@ApiResponse(responseCode = "200", description = "the option values")
	@InputProblems
	public OptionsResponse options(ProvisioningQuery inputs, @Parameter(
			description = "optional: add this DHCP server's warnings, e.g. cisco for CISCO_HEX_LIMIT") @RequestParam(
					name = Submission.VENDOR, required = false, defaultValue = "") String vendor) {
		PhoneProvisioning provisioning = this.renderer.provisioning(inputs.given());
		List<Warning> warnings = vendor.isBlank() ? provisioning.warnings()
				: this.renderer.target(vendor).warnings(provisioning);
		return OptionsResponse.of(provisioning, warnings);
	}

	@GetMapping(path = Routes.API_CONFIG, produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "The rendered config as text: the same body as /download/{vendor}")
	@ApiResponse(responseCode = "200", description = "the config")
	@InputProblems
	public ResponseEntity<String> config(@Parameter(description = "the DHCP server") @PathVariable String vendor,
			ProvisioningQuery inputs) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(this.renderer.render(vendor, inputs.given()).body());
	}

	@GetMapping(path = Routes.API_DECODE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Explain a pasted option 43 or 120 value byte by byte",
			description = "Accepts DHCPUtil output, Cisco show run dotted hex, Wireshark colon or spaced hex, 0x…",
			responses = { @ApiResponse(responseCode = "200", description = "the decoded value and findings"),
					@ApiResponse(responseCode = "400", description = "hex missing",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ValidationProblem.class))) })
	public DecodeView decode(@Parameter(description = "the pasted value",
			example = "0004.6c79.6e63.0773.6368.6572.747a.056c.6f63.616c.00") @RequestParam(name = "hex",
					required = false, defaultValue = "") String hex) {
		if (hex.isBlank()) {
			throw InvalidInputException.of(Map.of("hex", "Paste an option 43 or 120 value in hex."));
		}
		return DecodeView.of(OptionDecoder.decode(hex), hex);
	}

}
