package dev.ucdhcp.web;

import java.util.List;
import java.util.Map;

import dev.ucdhcp.encoding.OptionDecoder;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.Warning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
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

	@GetMapping(path = "/api/v1/options", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Option 120 and option 43 in canonical hex, with sub-options and warnings",
			parameters = {
					@Parameter(name = "pool", in = ParameterIn.QUERY, required = true,
							description = "Front End pool FQDN", example = "lync.schertz.local"),
					@Parameter(name = "web", in = ParameterIn.QUERY,
							description = "internal web services FQDN (sub-option 3); default: pool"),
					@Parameter(name = "director", in = ParameterIn.QUERY, description = "Director pool FQDN"),
					@Parameter(name = "sba", in = ParameterIn.QUERY,
							description = "Survivable Branch Appliance FQDN (option 120 then names it)"),
					@Parameter(name = "port", in = ParameterIn.QUERY, description = "1-65535; default 443"),
					@Parameter(name = "path", in = ParameterIn.QUERY,
							description = "default /CertProv/CertProvisioningService.svc"),
					@Parameter(name = "scheme", in = ParameterIn.QUERY, description = "https (default) or http"),
					@Parameter(name = "scope", in = ParameterIn.QUERY, description = "IPv4 CIDR, e.g. 10.10.20.0/24"),
					@Parameter(name = "ntp", in = ParameterIn.QUERY,
							description = "up to 8 IPv4 addresses, comma separated (option 42)"),
					@Parameter(name = "vlan", in = ParameterIn.QUERY,
							description = "1-4094, experimental CPE-OCPHONE sub-option 10"),
					@Parameter(name = "vendor", in = ParameterIn.QUERY,
							description = "optional: add this target's warnings, e.g. cisco for CISCO_HEX_LIMIT") },
			responses = { @ApiResponse(responseCode = "200", description = "the option values"),
					@ApiResponse(responseCode = "400", description = "invalid input, one entry per invalid field",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ValidationProblem.class))) })
	public OptionsResponse options(@Parameter(hidden = true) @RequestParam Map<String, String> query) {
		PhoneProvisioning provisioning = this.renderer.provisioning(query);
		String vendor = query.getOrDefault(Submission.VENDOR, "");
		List<Warning> warnings = vendor.isBlank() ? provisioning.warnings()
				: this.renderer.target(vendor).warnings(provisioning);
		return OptionsResponse.of(provisioning, warnings);
	}

	@GetMapping(path = "/api/v1/config/{vendor}", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "The rendered config as text: the same body as /download/{vendor}",
			description = "Takes the same query parameters as /api/v1/options.",
			responses = { @ApiResponse(responseCode = "200", description = "the config"),
					@ApiResponse(responseCode = "400", description = "invalid input, one entry per invalid field",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ValidationProblem.class))),
					@ApiResponse(responseCode = "404", description = "unknown vendor",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
	public ResponseEntity<String> config(@Parameter(
			description = "netsh, powershell, isc, kea, cisco, mikrotik or" + " dnsmasq") @PathVariable String vendor,
			@Parameter(hidden = true) @RequestParam Map<String, String> query) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(this.renderer.render(vendor, query).body());
	}

	@GetMapping(path = "/api/v1/decode", produces = MediaType.APPLICATION_JSON_VALUE)
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
			throw new InvalidInputException(Map.of("hex", "Paste an option 43 or 120 value in hex."));
		}
		return DecodeView.of(OptionDecoder.decode(hex));
	}

	/** The 400 body, for the OpenAPI description. */
	@Schema(name = "ValidationProblem", description = "RFC 9457 problem listing each invalid field")
	public record ValidationProblem(String type, String title, int status, String detail,
			List<ProblemHandler.FieldError> errors) {
	}

}
