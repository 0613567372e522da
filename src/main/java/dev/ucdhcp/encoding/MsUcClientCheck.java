package dev.ucdhcp.encoding;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Checks the five MS-UC-Client sub-options the way a Lync phone will read them. */
final class MsUcClientCheck {

	private final Walk walk;

	private final int truncatedCode;

	/**
	 * {@code truncatedCode}: a sub-option already reported as cut off, not to be called
	 * missing too.
	 */
	MsUcClientCheck(Walk walk, int truncatedCode) {
		this.walk = walk;
		this.truncatedCode = truncatedCode;
	}

	void check() {
		for (int code = 1; code <= 5; code++) {
			long count = count(code);
			if (count == 0 && code != this.truncatedCode) {
				this.walk.error("Sub-option " + code + " is missing: the phone cannot build its provisioning URL.");
			}
			else if (count > 1) {
				this.walk.warning("Sub-option " + code + " appears " + count + " times; phones read only one.");
			}
		}
		text(1).filter((id) -> !id.equals(Option43.MS_UC_CLIENT))
			.ifPresent((id) -> this.walk.warning("Sub-option 1 is \"" + id + "\"; DHCPUtil writes MS-UC-Client."));
		text(2).filter((scheme) -> !scheme.equals("https") && !scheme.equals("http"))
			.ifPresent((scheme) -> this.walk.error("Sub-option 2 must be https or http."));
		text(3).ifPresent(this::checkWebServices);
		this.walk.subOptions().stream().filter((s) -> s.code() == 4).findFirst().ifPresent(this::checkPort);
		text(5).filter((path) -> !path.startsWith("/"))
			.ifPresent((path) -> this.walk.error("Sub-option 5, the path, must start with /."));
	}

	private void checkWebServices(String host) {
		try {
			Fqdn.parse(host);
		}
		catch (InvalidValueException ex) {
			this.walk.error("Sub-option 3 is not a valid web services FQDN: " + ex.getMessage()
					+ " (It is plain ASCII with dots, not DNS labels.)");
		}
	}

	private void checkPort(SubOption port) {
		byte[] value = port.value();
		if (value.length == 2 && !port.text().chars().allMatch(Character::isDigit)) {
			int number = ((value[0] & 0xFF) << 8) | (value[1] & 0xFF);
			this.walk.error("Sub-option 4 is the 2-byte integer " + number + "; phones read the port as decimal text"
					+ " (\"" + number + "\" = "
					+ HexStyle.SPACED.format(Integer.toString(number).getBytes(StandardCharsets.US_ASCII))
					+ "). dnsmasq does this to an unquoted number.");
			return;
		}
		String text = port.text();
		if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)
				|| Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
			this.walk.error("Sub-option 4 must be a port number 1 to 65535 as decimal text.");
		}
	}

	private long count(int code) {
		return this.walk.subOptions().stream().filter((s) -> s.code() == code).count();
	}

	private Optional<String> text(int code) {
		List<SubOption> matches = this.walk.subOptions().stream().filter((s) -> s.code() == code).toList();
		return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0).text());
	}

}
