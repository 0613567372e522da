package dev.ucdhcp.doctor;

import java.util.List;

/** One parser per format, each filling the same model. */
final class Parsers {

	private Parsers() {
	}

	static Paste parse(PasteFormat format, String text, List<String> lines) {
		Paste paste = switch (format) {
			case ISC -> new IscParser(text).parse();
			case KEA -> new KeaParser(text).parse();
			case DNSMASQ -> new DnsmasqParser(lines).parse();
			case CISCO -> new CiscoParser(lines).parse();
			case MIKROTIK -> new MikrotikParser(lines).parse();
			case NETSH -> new NetshParser(lines).parse();
			case POWERSHELL -> new PowerShellParser(lines).parse();
			case WINXML -> new WinXmlParser(text).parse();
		};
		Wire.classesThatNeverMatch(paste);
		return paste;
	}

}
