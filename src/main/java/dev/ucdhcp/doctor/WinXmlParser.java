package dev.ucdhcp.doctor;

final class WinXmlParser {

	private final String text;

	WinXmlParser(String text) {
		this.text = text;
	}

	Paste parse() {
		throw new UnreadablePasteException("not read yet " + this.text.length(), false);
	}

}
