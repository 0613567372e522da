package dev.ucdhcp.doctor;

/**
 * The stable names of the problems a paste can show, with their severity, as in
 * shared/reference/config-doctor.md's problem table (the API's {@code problems[].code}).
 */
public enum ProblemCode {

	GLOBAL_43_HITS_ALL_CLIENTS(Severity.WARN), ISC_NOT_AUTHORITATIVE(Severity.ERROR),
	O120_NOT_DNS_ENCODED(Severity.ERROR), O43_LENGTH_MISMATCH(Severity.ERROR),
	KEA_43_WITHOUT_DEFINITION(Severity.ERROR), KEA_43_NOT_IN_OPTION_DATA(Severity.ERROR),
	O43_COLLIDES_WITH_AP(Severity.ERROR), VENDOR_CLASS_MISMATCH(Severity.ERROR), NAP_LENGTH_CONFUSION(Severity.ERROR),
	O43_PORT_NOT_ASCII(Severity.ERROR), KEA_SUBNET_OPTION_SHADOWS_CLASS(Severity.ERROR),
	CISCO_43_TRUNCATED_180(Severity.ERROR), CISCO_43_OVER_180(Severity.ERROR), O43_SUBOPTION_MISSING(Severity.ERROR),
	O43_SUBOPTION_VALUE_UNEXPECTED(Severity.ERROR), O120_BAD_LABELS(Severity.ERROR), SITE_120_SHADOWED(Severity.ERROR),
	WIN_OPTIONDEF_NOT_BINARY(Severity.ERROR), DNSMASQ_VENDOR_FORM_REVERSED(Severity.WARN),
	KEA_RELAYED_INFORM_UDP(Severity.WARN), O120_MISSING(Severity.WARN), O43_MISSING(Severity.ERROR),
	DNSMASQ_HEX_AS_TEXT(Severity.ERROR), KEA_120_NO_DEFINITION(Severity.ERROR), O43_WEB_FQDN_NOT_ASCII(Severity.ERROR),
	WEB_FQDN_EXTERNAL(Severity.WARN), NAP_TRAILER_COPIED(Severity.INFO), PASTE_TRUNCATED(Severity.INFO);

	private final Severity severity;

	ProblemCode(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return this.severity;
	}

}
