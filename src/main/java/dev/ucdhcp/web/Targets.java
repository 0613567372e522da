package dev.ucdhcp.web;

import java.util.List;
import java.util.Optional;

import dev.ucdhcp.vendors.Target;

/**
 * The DHCP servers the web app offers, in the contract's order; the first is the default
 * vendor.
 */
public record Targets(List<Target> all) {

	public static final String DEFAULT_VENDOR = "netsh";

	public Targets {
		all = List.copyOf(all);
	}

	public Optional<Target> find(String id) {
		return this.all.stream().filter((target) -> target.id().equals(id)).findFirst();
	}

	public List<String> ids() {
		return this.all.stream().map(Target::id).toList();
	}

}
