package dev.ucdhcp.doctor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The eight forms a DHCP server's configuration is pasted in, by their contract ids. */
public enum PasteFormat {

	NETSH("netsh", "netsh dhcp server dump"), POWERSHELL("powershell", "PowerShell Get-DhcpServerv4* output"),
	WINXML("winxml", "Export-DhcpServer XML"), ISC("isc", "ISC dhcpd.conf"), KEA("kea", "Kea kea-dhcp4.conf"),
	CISCO("cisco", "Cisco IOS show running-config"), MIKROTIK("mikrotik", "MikroTik RouterOS /export or print"),
	DNSMASQ("dnsmasq", "dnsmasq.conf");

	private final String id;

	private final String displayName;

	PasteFormat(String id, String displayName) {
		this.id = id;
		this.displayName = displayName;
	}

	/** The contract's name, as in {@code ?format=} and {@code --format}. */
	public String id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public static Optional<PasteFormat> of(String id) {
		String wanted = id.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((format) -> format.id.equals(wanted)).findFirst();
	}

	public static List<String> ids() {
		return Arrays.stream(values()).map(PasteFormat::id).toList();
	}

}
