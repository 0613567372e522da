package dev.ucdhcp.encoding;

import java.util.Optional;

/**
 * One line of {@code sites}: a branch site, the scope its phones are in, and its SBA (no
 * SBA: option 120 follows the central rule, Director else pool).
 */
public record Site(SiteName name, Ipv4Network scope, Optional<Registrar> sba) {

	/** The line as {@code sites} takes it: {@code name,scope[,sba]}. */
	public String line() {
		return this.name + "," + this.scope + this.sba.map((registrar) -> "," + registrar.text()).orElse("");
	}

}
