package dev.ucdhcp.doctor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Option 43 walked as code, length, value: the sub-options that are complete, whether a
 * length ran past the end, and whether dnsmasq's FF end marker closes it.
 */
record Tlv(List<Item> items, boolean overrun, int overrunCode, boolean endMarker) {

	record Item(int code, byte[] value) {

		String text() {
			return new String(this.value, StandardCharsets.ISO_8859_1);
		}

	}

	static Tlv walk(byte[] value) {
		List<Item> items = new ArrayList<>();
		int i = 0;
		while (i < value.length) {
			int code = value[i] & 0xFF;
			if (code == 0xFF) {
				return new Tlv(items, false, 0, true);
			}
			if (code == 0) {
				i++;
				continue;
			}
			if (i + 1 >= value.length || i + 2 + (value[i + 1] & 0xFF) > value.length) {
				return new Tlv(items, true, code, false);
			}
			int length = value[i + 1] & 0xFF;
			items.add(new Item(code, Arrays.copyOfRange(value, i + 2, i + 2 + length)));
			i += 2 + length;
		}
		return new Tlv(items, false, 0, false);
	}

	Optional<Item> find(int code) {
		return this.items.stream().filter((item) -> item.code() == code).findFirst();
	}

	boolean complete() {
		return !this.overrun;
	}

	/** Starts with sub-option 1 holding MS-UC-Client: the Lync TLV. */
	boolean lync() {
		return find(1).map((item) -> Arrays.equals(item.value(), VendorClass.MS_UC_CLIENT)).orElse(false);
	}

}
