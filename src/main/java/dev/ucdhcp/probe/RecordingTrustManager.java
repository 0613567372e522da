package dev.ucdhcp.probe;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's own trust decision (chain and, with endpoint identification, the name), plus
 * a note of the certificate the server presented: a failure can then say whom the
 * certificate is for instead of only that it failed.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {

	private final X509ExtendedTrustManager delegate;

	private final boolean custom;

	private volatile X509Certificate presented;

	RecordingTrustManager(X509ExtendedTrustManager delegate, boolean custom) {
		this.delegate = delegate;
		this.custom = custom;
	}

	boolean custom() {
		return this.custom;
	}

	void reset() {
		this.presented = null;
	}

	Optional<X509Certificate> presented() {
		return Optional.ofNullable(this.presented);
	}

	private void record(X509Certificate[] chain) {
		if (chain != null && chain.length > 0) {
			this.presented = chain[0];
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		record(chain);
		this.delegate.checkServerTrusted(chain, authType, socket);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		record(chain);
		this.delegate.checkServerTrusted(chain, authType, engine);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		record(chain);
		this.delegate.checkServerTrusted(chain, authType);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType, socket);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType, engine);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return this.delegate.getAcceptedIssuers();
	}

}
