package dev.ucdhcp.probe;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.xbill.DNS.ARecord;
import org.xbill.DNS.Cache;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Resolves a name to IPv4 addresses (A records, which is what the phones ask for):
 * through the system resolver, or by asking one DNS server with dnsjava, since the JDK's
 * resolver cannot be pointed at a given server. Either way within the timeout.
 */
final class NameLookup {

	private final Optional<InetAddress> server;

	private final Duration timeout;

	NameLookup(Optional<InetAddress> server, Duration timeout) {
		this.server = server;
		this.timeout = timeout;
	}

	/**
	 * @throws IOException with what went wrong in a DNS administrator's words
	 */
	List<InetAddress> resolve(String fqdn) throws IOException {
		return this.server.isPresent() ? ask(this.server.get(), fqdn) : system(fqdn);
	}

	String resolverName() {
		return this.server.map((dns) -> "DNS server " + dns.getHostAddress()).orElse("the system resolver");
	}

	private List<InetAddress> ask(InetAddress dns, String fqdn) throws IOException {
		Lookup lookup;
		try {
			lookup = new Lookup(Name.fromString(fqdn.endsWith(".") ? fqdn : fqdn + "."), Type.A);
		}
		catch (TextParseException ex) {
			throw new IOException(fqdn + " is not a DNS name", ex);
		}
		SimpleResolver resolver = new SimpleResolver(dns);
		resolver.setTimeout(this.timeout);
		lookup.setResolver(resolver);
		lookup.setCache(new Cache());
		lookup.setSearchPath(new Name[0]);
		Record[] records = lookup.run();
		return switch (lookup.getResult()) {
			case Lookup.SUCCESSFUL -> Arrays.stream(records)
				.filter(ARecord.class::isInstance)
				.map((record) -> ((ARecord) record).getAddress())
				.toList();
			case Lookup.HOST_NOT_FOUND ->
				throw new IOException(fqdn + " does not exist (NXDOMAIN from " + resolverName() + ")");
			case Lookup.TYPE_NOT_FOUND -> throw new IOException(fqdn + " has no A record at " + resolverName());
			case Lookup.TRY_AGAIN -> throw new IOException(resolverName() + " did not answer within "
					+ this.timeout.toSeconds() + " s (" + lookup.getErrorString() + ")");
			default -> throw new IOException(resolverName() + " failed: " + lookup.getErrorString());
		};
	}

	/** The system resolver has no timeout of its own: the wait is bounded here. */
	private List<InetAddress> system(String fqdn) throws IOException {
		CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
			try {
				return InetAddress.getAllByName(fqdn);
			}
			catch (UnknownHostException ex) {
				return new InetAddress[0];
			}
		});
		try {
			List<InetAddress> found = Arrays.stream(lookup.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS))
				.filter(Inet4Address.class::isInstance)
				.toList();
			if (found.isEmpty()) {
				throw new IOException(fqdn + " does not resolve to an IPv4 address (" + resolverName() + ")");
			}
			return found;
		}
		catch (TimeoutException ex) {
			throw new IOException(resolverName() + " did not answer within " + this.timeout.toSeconds() + " s", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException(fqdn + " does not resolve: " + ex.getCause().getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while resolving " + fqdn, ex);
		}
	}

}
