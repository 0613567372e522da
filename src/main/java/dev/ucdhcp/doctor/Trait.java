package dev.ucdhcp.doctor;

/**
 * What the way a value is written tells beyond its bytes: the rules read these where the
 * bytes alone cannot show the fault (a text-typed option, a dnsmasq {@code vendor:} line,
 * a Kea option without the definition it needs).
 */
enum Trait {

	/** Declared or typed as text (String, {@code = text}, {@code ascii}). */
	TEXT_TYPED,
	/** dnsmasq {@code vendor:CLASS,N,…}: sent in reverse order with an FF end. */
	VENDOR_FORM,
	/** dnsmasq hex without colons: sent as the text of its digits. */
	HEX_AS_TEXT,
	/** Kea raw 43 without a data-carrying option-def. */
	NO_DEFINITION,
	/** Kea code 120 given as text without any option-def: the file does not load. */
	NO_DEFINITION_TEXT,
	/** Kea 43 encapsulating a space, but no option-data entry for 43 itself. */
	NOT_IN_OPTION_DATA,
	/** Cisco {@code option … hex} longer than IOS 15.1(3)S+ keeps. */
	OVER_180_DIGITS,
	/** Cisco {@code option … hex} of exactly 180 digits: what IOS shows after cutting. */
	AT_180_DIGITS,
	/** Cisco: the pool also sets option 60, which IOS sends but does not filter by. */
	OPTION60_NO_FILTER,
	/** A value the paste shows cut off ({@code …}, PowerShell's enumeration limit). */
	PASTE_CUT

}
