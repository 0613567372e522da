package dev.ucdhcp.doctor;

import java.util.List;

final class NetshParser {

	private final List<String> lines;

	NetshParser(List<String> lines) {
		this.lines = lines;
	}

	Paste parse() {
		throw new UnreadablePasteException("not read yet " + this.lines.size(), false);
	}

}
