package dev.ucdhcp.doctor;

import java.util.Optional;

/**
 * An option definition: code, space, name ({@code dhcp4} for the top level, else the
 * vendor space or Windows vendor class), the type as the server names it, where it is
 * (global or a class), and for Kea the space it encapsulates.
 */
record Definition(int code, String space, String name, String type, String where, int line,
		Optional<String> encapsulates) {

	static final String TOP = "dhcp4";

}
