package dev.ucdhcp.doctor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Something that selects clients by their option 60: a Windows vendor class (name and
 * data), an ISC class, a Kea client class, a dnsmasq {@code dhcp-vendorclass} tag, a
 * RouterOS matcher. {@code data} is what it compares, exactly or (dnsmasq) as a
 * substring.
 */
record VendorClass(String name, byte[] data, int line, boolean substring) {

	static final byte[] MS_UC_CLIENT = "MS-UC-Client".getBytes(StandardCharsets.US_ASCII);

	VendorClass {
		data = data.clone();
	}

	static VendorClass exact(String name, String data, int line) {
		return new VendorClass(name, data.getBytes(StandardCharsets.UTF_8), line, false);
	}

	@Override
	public byte[] data() {
		return this.data.clone();
	}

	String text() {
		return new String(this.data, StandardCharsets.UTF_8);
	}

	/** True when a phone sending {@code MS-UC-Client} in option 60 is selected. */
	boolean matchesPhones() {
		if (this.substring) {
			return this.data.length > 0 && "MS-UC-Client".contains(text());
		}
		return Arrays.equals(this.data, MS_UC_CLIENT);
	}

	/** Meant for the phones (close to MS-UC-Client), whether or not it matches them. */
	boolean meantForPhones() {
		String folded = text().replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
		return folded.contains("msuc") || folded.contains("ucclient") || folded.equals("msucclient");
	}

}
