package dev.ucdhcp.doctor;

import java.util.List;

final class CiscoParser {

	private final List<String> lines;

	CiscoParser(List<String> lines) {
		this.lines = lines;
	}

	Paste parse() {
		throw new UnreadablePasteException("not read yet " + this.lines.size(), false);
	}

}
