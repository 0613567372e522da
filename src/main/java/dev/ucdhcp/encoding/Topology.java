package dev.ucdhcp.encoding;

/** Which server the phones contact first, and so what option 120 names. */
public enum Topology {

	/** Option 120 names the Front End pool. */
	FRONT_END_POOL,

	/** Option 120 names the Director pool: Microsoft's "typically a Director". */
	DIRECTOR,

	/**
	 * A branch site: option 120 names its Survivable Branch Appliance or Server, while
	 * option 43 keeps the central pool's web services, as an SBA has none.
	 */
	BRANCH_SBA

}
