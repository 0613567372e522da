package dev.ucdhcp.doctor;

/** Server-wide facts a rule needs that are neither values nor classes. */
enum Marker {

	/** ISC {@code authoritative;} at the top level. */
	ISC_AUTHORITATIVE_GLOBAL,
	/** Kea {@code "dhcp-socket-type": "udp"}. */
	KEA_UDP_SOCKETS,
	/** A parse that found a ucdhcp-style or structured Windows paste cut off. */
	PASTE_CUT

}
