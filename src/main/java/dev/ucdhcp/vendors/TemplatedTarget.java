package dev.ucdhcp.vendors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ucdhcp.encoding.Option43;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.Warning;

/**
 * The one way every target renders: warnings once, the comment header from what the
 * target hands over, the target's own slots, its finishing step. A target is its names,
 * its template (parsed once, as the page re-renders on every keystroke) and those steps.
 */
abstract class TemplatedTarget implements Target {

	static final String TEXT_PLAIN = "text/plain";

	/** What the file name says in place of a site with {@code sites}. */
	static final String SITES = "sites";

	private final String id;

	private final String displayName;

	private final String extension;

	private final String mediaType;

	private final String commentPrefix;

	private final Template template;

	TemplatedTarget(String id, String displayName, String extension, String mediaType, String commentPrefix) {
		this.id = id;
		this.displayName = displayName;
		this.extension = extension;
		this.mediaType = mediaType;
		this.commentPrefix = commentPrefix;
		this.template = Template.load(id + "." + extension);
	}

	@Override
	public final String render(PhoneProvisioning provisioning, List<Warning> warnings,
			Function<PhoneProvisioning, String> permalinks) {
		CommentBlock.Heading heading = new CommentBlock.Heading(this.displayName, fileName(provisioning),
				this.commentPrefix, warnings);
		Slots slots = new Slots().put("header",
				CommentBlock.header(heading, provisioning, permalinks, about(provisioning)));
		fill(provisioning, warnings, slots);
		return finish(this.template.fill(slots));
	}

	/** What the comment block says this file does and how to undo it. */
	abstract CommentBlock.About about(PhoneProvisioning provisioning);

	/** The target's own slots; {@code warnings} are this render's, header included. */
	abstract void fill(PhoneProvisioning provisioning, List<Warning> warnings, Slots slots);

	/**
	 * The last step before the text leaves: line endings, escapes. Nothing by default.
	 */
	String finish(String text) {
		return text;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public String fileName() {
		return "ucdhcp-" + this.id + "." + this.extension;
	}

	@Override
	public String fileName(PhoneProvisioning provisioning) {
		String site = provisioning.sites().isEmpty() ? provisioning.site().map((name) -> "-" + name).orElse("")
				: "-" + SITES;
		return "ucdhcp-" + this.id + site + "." + this.extension;
	}

	/**
	 * An object name made unique per site: {@code base} plus the site name, or
	 * {@code base} alone without a site (and for what {@code sites} output shares).
	 */
	static String perSite(String base, PhoneProvisioning provisioning) {
		return provisioning.site().map((site) -> base + "-" + site).orElse(base);
	}

	@Override
	public String mediaType() {
		return this.mediaType;
	}

	@Override
	public List<Warning> warnings(PhoneProvisioning provisioning) {
		List<Warning> warnings = new ArrayList<>(provisioning.warnings());
		addOwnWarnings(provisioning, warnings);
		return List.copyOf(warnings);
	}

	/** The target's own warnings, after the inputs' ones; none by default. */
	void addOwnWarnings(PhoneProvisioning provisioning, List<Warning> warnings) {
	}

	/**
	 * What every target says above the experimental VLAN lines, without a final period
	 * (some targets add where it applies).
	 */
	static String experimentalVlan(Option43 vlan) {
		return "Experimental: the voice VLAN for vendor class " + vlan.vendorClass() + " as sub-option "
				+ vlan.subOptions().get(0).code() + ", encoding unverified on phone hardware";
	}

	/** The non-empty parts, one line after the other: optional pieces of a config. */
	static String lines(String... parts) {
		return Arrays.stream(parts).filter((part) -> !part.isEmpty()).collect(Collectors.joining("\n"));
	}

	@Override
	public String toString() {
		return this.id;
	}

}
