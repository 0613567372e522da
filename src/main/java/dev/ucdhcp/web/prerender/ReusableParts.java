package dev.ucdhcp.web.prerender;

import java.util.List;
import java.util.Map;

/**
 * What one request's form can take from {@link PrerenderedParts} instead of rendering it:
 * markup by field name, or null where the request changed the part.
 *
 * @param fields a field's markup, by name, for the fields nobody typed in
 * @param errors a field's out-of-band error line, by name, for the valid fields
 * @param sites the branch sites part when nobody typed in it, else null
 * @param vendors the DHCP server tabs for the chosen server, else null
 */
public record ReusableParts(Map<String, String> fields, Map<String, String> errors, String sites, String vendors) {

	public static final ReusableParts NONE = new ReusableParts(Map.of(), Map.of(), null, null);

	/** A group of fields in one piece when nobody touched any of them, else null. */
	public String group(List<? extends Form.Field> group) {
		return joined(this.fields, group);
	}

	/**
	 * The out-of-band error lines of these fields in one piece when all are valid, else
	 * null.
	 */
	public String errorLines(List<? extends Form.Field> fields) {
		return joined(this.errors, fields);
	}

	private static String joined(Map<String, String> markup, List<? extends Form.Field> fields) {
		StringBuilder joined = new StringBuilder();
		for (Form.Field field : fields) {
			String ahead = markup.get(field.name());
			if (ahead == null) {
				return null;
			}
			joined.append(ahead);
		}
		return joined.toString();
	}

}
