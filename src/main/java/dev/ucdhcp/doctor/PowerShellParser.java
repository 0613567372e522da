package dev.ucdhcp.doctor;

import java.util.List;

final class PowerShellParser {

	private final List<String> lines;

	PowerShellParser(List<String> lines) {
		this.lines = lines;
	}

	Paste parse() {
		throw new UnreadablePasteException("not read yet " + this.lines.size(), false);
	}

}
