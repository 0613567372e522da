package dev.ucdhcp.encoding;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * DHCP option 43, vendor-specific information, as a list of sub-options. Its meaning
 * depends on the vendor class (option 60) the client sent, so a server must scope it to
 * that class.
 */
public record Option43(String vendorClass, List<SubOption> subOptions) {

	public static final int CODE = 43;

	/** The {@link Warning#subject()} of warnings about this option. */
	public static final String SUBJECT = "option 43";

	/** What a Lync phone sends in option 60 when it asks for the provisioning URL. */
	public static final String MS_UC_CLIENT = "MS-UC-Client";

	/** What a Lync phone sends in option 60 when it asks for its voice VLAN. */
	public static final String CPE_OCPHONE = "CPE-OCPHONE";

	public static final int VLAN_SUB_OPTION = 10;

	public Option43 {
		subOptions = List.copyOf(subOptions);
	}

	/**
	 * The certificate provisioning URL, split the way DHCPUtil does: UC identifier,
	 * scheme, web services FQDN as plain ASCII (not DNS labels), port as decimal text,
	 * path.
	 */
	public static Option43 msUcClient(Scheme scheme, Fqdn webServices, int port, CertProvPath path) {
		return new Option43(MS_UC_CLIENT,
				List.of(SubOption.ascii(1, "UC Identifier", MS_UC_CLIENT),
						SubOption.ascii(2, "URL Scheme", scheme.text()),
						new SubOption(3, "Web Server FQDN", webServices.ascii()),
						SubOption.ascii(4, "Port", Integer.toString(port)),
						new SubOption(5, "Relative Path for Cert Prov", path.ascii())));
	}

	/**
	 * Experimental: the voice VLAN for vendor class CPE-OCPHONE as sub-option 10. The
	 * sources do not say how the VLAN ID is encoded; this writes it as ASCII decimal,
	 * unverified on hardware.
	 */
	public static Option43 cpeOcPhoneVlan(VlanId vlan) {
		return new Option43(CPE_OCPHONE, List.of(SubOption.ascii(VLAN_SUB_OPTION, "VLAN ID", vlan.toString())));
	}

	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (SubOption subOption : this.subOptions) {
			out.writeBytes(subOption.tlv());
		}
		return out.toByteArray();
	}

}
