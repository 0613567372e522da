package dev.ucdhcp.vendors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target's text with {@code {{slot}}} placeholders, parsed once. A slot alone on its
 * line takes the whole line: an empty value removes the line, a multi-line value fills as
 * many lines. Values come from Java; the template holds only the target's own text.
 */
final class Template {

	private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z0-9]+)}}");

	private final String name;

	private final List<Segment> segments;

	private Template(String name, List<Segment> segments) {
		this.name = name;
		this.segments = List.copyOf(segments);
	}

	/** Reads {@code src/main/resources/vendors/<fileName>} from the class path. */
	static Template load(String fileName) {
		String resource = "/vendors/" + fileName;
		try (InputStream in = Template.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing template " + resource);
			}
			return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Template parse(String name, String text) {
		List<Segment> segments = new ArrayList<>();
		Matcher matcher = SLOT.matcher(text);
		int end = 0;
		while (matcher.find()) {
			boolean lineStart = matcher.start() == 0 || text.charAt(matcher.start() - 1) == '\n';
			boolean lineEnd = matcher.end() < text.length() && text.charAt(matcher.end()) == '\n';
			segments.add(new Segment(text.substring(end, matcher.start()), null, false));
			segments.add(new Segment(null, matcher.group(1), lineStart && lineEnd));
			end = (lineStart && lineEnd) ? matcher.end() + 1 : matcher.end();
		}
		segments.add(new Segment(text.substring(end), null, false));
		return new Template(name, segments);
	}

	/** The text with every slot filled; a slot without a value is a programming error. */
	String fill(Slots values) {
		StringBuilder out = new StringBuilder(4096);
		for (Segment segment : this.segments) {
			if (segment.literal() != null) {
				out.append(segment.literal());
				continue;
			}
			String value = values.get(segment.slot());
			if (value == null) {
				throw new IllegalStateException(this.name + ": no value for {{" + segment.slot() + "}}");
			}
			if (!segment.wholeLine()) {
				out.append(value);
			}
			else if (!value.isEmpty()) {
				out.append(value).append('\n');
			}
		}
		return out.toString();
	}

	private record Segment(String literal, String slot, boolean wholeLine) {

	}

}
