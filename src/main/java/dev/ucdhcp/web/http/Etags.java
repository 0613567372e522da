package dev.ucdhcp.web.http;

import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** The one way bodies here get their validator. */
public final class Etags {

	private Etags() {
	}

	/**
	 * A weak validator of the body: two checksums, 64 bits, computed by the CPU's own
	 * instructions. Every never-seen page pays it; MD5 cost 6 % of one (JFR).
	 */
	public static String weak(byte[] body) {
		CRC32C castagnoli = new CRC32C();
		castagnoli.update(body);
		CRC32 ieee = new CRC32();
		ieee.update(body);
		return "W/\"" + HexFormat.of().toHexDigits((int) castagnoli.getValue())
				+ HexFormat.of().toHexDigits((int) ieee.getValue()) + "\"";
	}

}
