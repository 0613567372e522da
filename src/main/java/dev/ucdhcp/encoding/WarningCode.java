package dev.ucdhcp.encoding;

/**
 * The stable identifiers of every warning, in one place so API clients (and the OpenAPI
 * document) can list them. The names are the codes: never rename one.
 */
public enum WarningCode {

	/** The CPE-OCPHONE voice VLAN's encoding is unverified on phone hardware. */
	VLAN_EXPERIMENTAL,

	/** Sub-option 2 is http while phones fetch their certificate over https. */
	HTTP_SCHEME,

	/** An option is longer than the 255 bytes one DHCP option can carry. */
	OPTION_TOO_LONG,

	/** Options 43, 120 and 42 together crowd a 576-byte reply. */
	REPLY_SPACE,

	/** Cisco IOS keeps only the first 180 hex digits of an option. */
	CISCO_HEX_LIMIT,

	/** IOS pools hand option 43 to every client that asks for it. */
	CISCO_NO_VENDOR_CLASS,

	/** The experimental VLAN class cannot be expressed in an IOS pool. */
	CISCO_VLAN_UNSUPPORTED

}
