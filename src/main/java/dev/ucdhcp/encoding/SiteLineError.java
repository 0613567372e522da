package dev.ucdhcp.encoding;

/**
 * What is wrong with one line of {@code sites}.
 *
 * @param line the line number, from 1, counting blank lines too, as an editor shows it
 * @param column {@code name}, {@code scope} or {@code sba}; empty when the whole line is
 * wrong
 * @param message plain words for the administrator
 */
public record SiteLineError(int line, String column, String message) {

	/** The message with its place, as one field message lists it. */
	public String located() {
		return "Line " + this.line + (this.column.isEmpty() ? "" : ", " + this.column) + ": " + this.message;
	}

}
