package dev.ucdhcp.doctor;

import java.util.List;

final class MikrotikParser {

	private final List<String> lines;

	MikrotikParser(List<String> lines) {
		this.lines = lines;
	}

	Paste parse() {
		throw new UnreadablePasteException("not read yet " + this.lines.size(), false);
	}

}
