package dev.ucdhcp.encoding;

import java.util.Map;

/** Walks option 43's code/length/value sub-options and checks the MS-UC-Client ones. */
final class Option43Reader {

	static final int PAD = 0;

	static final int END = 255;

	/**
	 * Windows DHCP adds Network Access Protection's sub-option 220 ("NAP") to option 43.
	 */
	static final int NAP = 220;

	private static final Map<Integer, String> NAMES = Map.of(1, "UC Identifier", 2, "URL Scheme", 3, "Web Server FQDN",
			4, "Port", 5, "Relative Path for Cert Prov", Option43.VLAN_SUB_OPTION, "VLAN ID (CPE-OCPHONE)", NAP,
			"Windows NAP");

	private final Walk walk;

	private int trailerBytes;

	/** The sub-option whose value was cut off, if any: 0 when none was. */
	private int truncatedCode;

	Option43Reader(Walk walk) {
		this.walk = walk;
	}

	void read() {
		int i = this.walk.start();
		int end = this.walk.end();
		while (i < end) {
			int code = this.walk.unsigned(i);
			if (code == PAD) {
				this.walk.span(i, 1, "pad", "00: padding, ignored");
				i++;
			}
			else if (code == END) {
				readEnd(i, end);
				break;
			}
			else if (i + 1 >= end) {
				this.walk.span(i, 1, "sub-option " + code, "no length byte follows");
				this.walk.error("Sub-option " + code + " has no length byte: the value was cut off.");
				break;
			}
			else if (!readSubOption(i, code, end)) {
				break;
			}
			else {
				i += 2 + this.walk.unsigned(i + 1);
			}
		}
		check(end - this.walk.start());
	}

	private void readEnd(int i, int end) {
		this.walk.span(i, 1, "end", "FF: end marker");
		this.trailerBytes += 1;
		this.walk.info("The closing FF is the end marker dnsmasq appends to option 43; phones ignore it. The"
				+ " configured value is one byte shorter.");
		if (i + 1 < end) {
			this.walk.warning((end - i - 1) + " bytes after the FF end marker were ignored.");
		}
	}

	private boolean readSubOption(int i, int code, int end) {
		int length = this.walk.unsigned(i + 1);
		int available = end - i - 2;
		String name = NAMES.getOrDefault(code, "unknown");
		if (length > available) {
			this.truncatedCode = code;
			this.walk.span(i, end - i, "sub-option " + code + " · " + name,
					"cut off: " + available + " of " + length + " bytes");
			this.walk.error("Sub-option " + code + " (" + name + ") says " + length + " bytes but only " + available
					+ " follow: the value is truncated, as when Cisco IOS keeps only 180 hex digits.");
			return false;
		}
		SubOption subOption = new SubOption(code, name, this.walk.bytes(i + 2, i + 2 + length));
		this.walk.span(i, 2 + length, "sub-option " + code + " · " + name, length + " bytes: " + shown(subOption));
		this.walk.subOption(subOption);
		if (code == NAP) {
			this.trailerBytes += 2 + length;
			this.walk.info("Sub-option 220 (" + subOption.text() + ") is the Windows NAP trailer Windows DHCP adds;"
					+ " it is unrelated to Lync, and it is why a capture shows 5 more bytes than the configured value.");
		}
		return true;
	}

	private void check(int valueLength) {
		var subOptions = this.walk.subOptions();
		boolean msUcClient = subOptions.stream().anyMatch((s) -> s.code() >= 1 && s.code() <= 5);
		if (!msUcClient) {
			if (subOptions.stream().anyMatch((s) -> s.code() == Option43.VLAN_SUB_OPTION)) {
				this.walk.info("Sub-option 10 is the voice VLAN for vendor class CPE-OCPHONE.");
			}
			else {
				this.walk.error("No MS-UC-Client sub-options (1 to 5) found: this is not a Lync option 43 value.");
			}
			return;
		}
		new MsUcClientCheck(this.walk, this.truncatedCode).check();
		if (this.trailerBytes > 0) {
			int configured = valueLength - this.trailerBytes;
			this.walk.info("Without the trailer the value is " + configured + " bytes (0x" + Walk.hex(configured)
					+ "), as configured on the server.");
		}
	}

	static String shown(SubOption subOption) {
		byte[] value = subOption.value();
		for (byte b : value) {
			if (b < 0x20 || b > 0x7E) {
				return "(binary) " + HexStyle.SPACED.format(value);
			}
		}
		return "\"" + subOption.text() + "\"";
	}

}
