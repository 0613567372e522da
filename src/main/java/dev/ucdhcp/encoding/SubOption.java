package dev.ucdhcp.encoding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One code/length/value element inside option 43. */
public record SubOption(int code, String name, byte[] value) {

	public SubOption {
		if (code < 1 || code > 254) {
			throw new IllegalArgumentException("sub-option code must be 1-254, was " + code);
		}
		if (value.length > 255) {
			throw new IllegalArgumentException("sub-option " + code + " is longer than 255 bytes");
		}
		value = value.clone();
	}

	public static SubOption ascii(int code, String name, String text) {
		return new SubOption(code, name, text.getBytes(StandardCharsets.US_ASCII));
	}

	@Override
	public byte[] value() {
		return this.value.clone();
	}

	public String text() {
		return new String(this.value, StandardCharsets.US_ASCII);
	}

	/** Code, length, value: the bytes this sub-option adds to option 43. */
	public byte[] tlv() {
		byte[] tlv = new byte[this.value.length + 2];
		tlv[0] = (byte) this.code;
		tlv[1] = (byte) this.value.length;
		System.arraycopy(this.value, 0, tlv, 2, this.value.length);
		return tlv;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SubOption that && this.code == that.code && this.name.equals(that.name)
				&& Arrays.equals(this.value, that.value);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.code + this.name.hashCode()) + Arrays.hashCode(this.value);
	}

	@Override
	public String toString() {
		return "SubOption[" + this.code + " " + this.name + " " + HexStyle.CANONICAL.format(this.value) + "]";
	}

}
