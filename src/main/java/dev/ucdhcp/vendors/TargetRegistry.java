package dev.ucdhcp.vendors;

import java.util.List;
import java.util.Optional;

/**
 * The targets in the contract's order. Plain Java so any layer can list them; the web
 * layer may expose it as a bean.
 */
public final class TargetRegistry {

	/**
	 * The contract's default {@code vendor}: Windows netsh, like DHCPConfigScript.bat.
	 */
	public static final String DEFAULT_VENDOR = "netsh";

	private final List<Target> targets;

	public TargetRegistry() {
		this(List.of(new NetshTarget(), new PowerShellTarget(), new IscTarget(), new KeaTarget(), new CiscoTarget(),
				new MikrotikTarget(), new DnsmasqTarget()));
	}

	TargetRegistry(List<Target> targets) {
		this.targets = List.copyOf(targets);
	}

	public List<Target> all() {
		return this.targets;
	}

	public List<String> ids() {
		return this.targets.stream().map(Target::id).toList();
	}

	/**
	 * The target with this contract id ({@code netsh}, {@code kea}, …), case as given.
	 */
	public Optional<Target> find(String id) {
		return this.targets.stream().filter((target) -> target.id().equals(id)).findFirst();
	}

}
