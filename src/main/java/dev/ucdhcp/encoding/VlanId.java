package dev.ucdhcp.encoding;

/** An 802.1Q VLAN ID for the voice VLAN, 1 to 4094. */
public record VlanId(int value) {

	public VlanId {
		if (value < 1 || value > 4094) {
			throw new InvalidValueException("A VLAN ID is a number from 1 to 4094.");
		}
	}

	public static VlanId parse(String text) {
		return new VlanId(Port.parseDigits(text, 4, "A VLAN ID is a number from 1 to 4094."));
	}

	@Override
	public String toString() {
		return Integer.toString(this.value);
	}

}
