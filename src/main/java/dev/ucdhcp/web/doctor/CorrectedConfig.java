package dev.ucdhcp.web.doctor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.doctor.Recovered;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.web.ConfigRenderer;
import dev.ucdhcp.web.InvalidInputException;
import dev.ucdhcp.web.Permalinks;
import dev.ucdhcp.web.UnknownVendorException;

/**
 * What the builder renders for the inputs the doctor recovered: rendered by the same
 * {@link ConfigRenderer} as {@code /download/{vendor}}, so the bytes are the download's.
 * Holds only the recovered inputs, never the paste: its links are the builder's permalink
 * and download for those inputs.
 *
 * @param inputs the recovered inputs that are not blank, in the contract's order
 * @param vendor the target it is rendered for
 * @param vendorName that target's display name
 * @param fileName the download's file name
 * @param query the permalink's query (without {@code ?}), vendor last
 * @param permalink the builder's permalink with the configured base URL
 * @param config the rendered file
 * @param notRecovered inputs the doctor could not recover, each named for the user
 */
public record CorrectedConfig(Map<String, String> inputs, String vendor, String vendorName, String fileName,
		String query, String permalink, String config, List<String> notRecovered) {

	/**
	 * The rendering, or empty when the recovered inputs do not make a valid submission
	 * (the page then names what was recovered and what was not, without a config).
	 */
	public static Optional<CorrectedConfig> of(Recovered recovered, ConfigRenderer renderer, Permalinks permalinks) {
		Map<String, String> inputs = new LinkedHashMap<>();
		for (String name : ProvisioningInputs.NAMES) {
			String value = recovered.inputs().getOrDefault(name, "").strip();
			if (!value.isEmpty()) {
				inputs.put(name, value);
			}
		}
		try {
			ConfigRenderer.Rendered rendered = renderer.render(recovered.vendor(), inputs);
			return Optional.of(new CorrectedConfig(Collections.unmodifiableMap(inputs), recovered.vendor(),
					rendered.target().displayName(), rendered.fileName(),
					permalinks.query(rendered.provisioning(), recovered.vendor()),
					permalinks.page(rendered.provisioning(), recovered.vendor()), rendered.body(),
					List.copyOf(recovered.notRecovered())));
		}
		catch (InvalidInputException | UnknownVendorException ex) {
			return Optional.empty();
		}
	}

	/** The builder with these inputs, relative to this server. */
	public String builderHref() {
		return "/?" + this.query;
	}

	/** The same file as a GET of the builder's download: it holds only these inputs. */
	public String downloadHref() {
		return "/download/" + this.vendor + "?" + this.query;
	}

}
