package dev.ucdhcp.encoding;

/**
 * Something the administrator must know before pasting a config. The code is a stable
 * identifier (API clients match on it); the message is plain words.
 */
public record Warning(String code, String message) {

	public static final String VLAN_EXPERIMENTAL = "VLAN_EXPERIMENTAL";

	public static final String HTTP_SCHEME = "HTTP_SCHEME";

	public static final String OPTION_TOO_LONG = "OPTION_TOO_LONG";

	public static final String REPLY_SPACE = "REPLY_SPACE";

	public static final String CISCO_HEX_LIMIT = "CISCO_HEX_LIMIT";

}
