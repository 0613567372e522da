package dev.ucdhcp.doctor;

final class KeaParser {

	private final String text;

	KeaParser(String text) {
		this.text = text;
	}

	Paste parse() {
		throw new UnreadablePasteException("not read yet " + this.text.length(), false);
	}

}
