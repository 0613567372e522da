package dev.ucdhcp.probe;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Opens TLS the way a phone does: to the registrar on 5061, to the web services for the
 * certificate-provisioning URL, checking the certificate's name against the FQDN (the
 * HTTPS rules: subject alternative names) and its chain against the JDK trust store or
 * the CAs of {@code --ca}. Connect, handshake and read are each bounded.
 */
final class TlsCheck {

	private final SSLContext context;

	private final RecordingTrustManager trust;

	private final Duration timeout;

	/**
	 * What a connection showed: the server's certificate and, for HTTPS, the status line.
	 */
	record Seen(X509Certificate certificate, Optional<String> status) {
	}

	/** Why the phone would fail, in its own terms: names the step that failed. */
	static final class Failure extends IOException {

		private static final long serialVersionUID = 1L;

		Failure(String message, Throwable cause) {
			super(message, cause);
		}

	}

	TlsCheck(Optional<Path> ca, Duration timeout) throws IOException {
		this.timeout = timeout;
		try {
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(ca.isPresent() ? keyStore(ca.get()) : null);
			this.trust = new RecordingTrustManager((X509ExtendedTrustManager) factory.getTrustManagers()[0],
					ca.isPresent());
			this.context = SSLContext.getInstance("TLS");
			this.context.init(null, new TrustManager[] { this.trust }, null);
		}
		catch (GeneralSecurityException ex) {
			throw new IOException("cannot set up TLS: " + ex.getMessage(), ex);
		}
	}

	/**
	 * @param name the FQDN (or address) the phone expects the certificate for
	 * @param httpPath for HTTPS, the path to GET; empty for the registrar
	 */
	Seen connect(String name, InetAddress address, int port, Optional<String> httpPath) throws Failure {
		Socket plain = new Socket();
		try (plain) {
			plain.connect(new InetSocketAddress(address, port), (int) this.timeout.toMillis());
			plain.setSoTimeout((int) this.timeout.toMillis());
			this.trust.reset();
			try (SSLSocket tls = (SSLSocket) this.context.getSocketFactory().createSocket(plain, name, port, true)) {
				SSLParameters parameters = tls.getSSLParameters();
				parameters.setEndpointIdentificationAlgorithm("HTTPS");
				if (!Character.isDigit(name.charAt(name.length() - 1))) {
					parameters.setServerNames(List.of(new SNIHostName(name)));
				}
				tls.setSSLParameters(parameters);
				tls.startHandshake();
				X509Certificate certificate = (X509Certificate) tls.getSession().getPeerCertificates()[0];
				return new Seen(certificate,
						httpPath.isPresent() ? Optional.of(get(tls, name, httpPath.get())) : Optional.empty());
			}
		}
		catch (IOException ex) {
			throw new Failure(explain(name, address, port, ex), ex);
		}
	}

	private String explain(String name, InetAddress address, int port, IOException ex) {
		Optional<X509Certificate> presented = this.trust.presented();
		String where = name + ":" + port + " (" + address.getHostAddress() + ")";
		if (presented.isEmpty()) {
			return "nothing answers TLS on " + where + ": " + ex.getMessage();
		}
		String reason = causes(ex);
		if (reason.contains("No subject alternative") || reason.contains("No name matching")) {
			return "certificate is for " + String.join(", ", names(presented.get())) + ", not " + name;
		}
		if (reason.contains("expired") || reason.contains("not yet valid")) {
			return "certificate of " + where + " is out of its validity (" + presented.get().getNotAfter() + ")";
		}
		return "certificate of " + where + " is not trusted: issued by "
				+ presented.get().getIssuerX500Principal().getName() + ", not by a CA in "
				+ (this.trust.custom() ? "--ca" : "the JDK trust store") + " (" + reason + ")";
	}

	private static String causes(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			text.append(cause.getMessage()).append("; ");
		}
		return text.toString();
	}

	/** Subject alternative DNS names and addresses, else the subject. */
	static List<String> names(X509Certificate certificate) {
		List<String> names = new ArrayList<>();
		try {
			Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
			if (alternatives != null) {
				alternatives.stream()
					.filter((entry) -> entry.get(0).equals(2) || entry.get(0).equals(7))
					.forEach((entry) -> names.add(entry.get(1).toString()));
			}
		}
		catch (CertificateException ex) {
			// unreadable extension: fall back to the subject
		}
		if (names.isEmpty()) {
			names.add(certificate.getSubjectX500Principal().getName());
		}
		return names;
	}

	/**
	 * The status line of a GET: the service answers, whatever it thinks of a bare GET.
	 */
	private static String get(SSLSocket tls, String name, String path) throws IOException {
		String request = "GET " + path + " HTTP/1.1\r\nHost: " + name + "\r\nConnection: close\r\n\r\n";
		tls.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
		tls.getOutputStream().flush();
		InputStream in = tls.getInputStream();
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 200; c = in.read()) {
			line.append((char) c);
		}
		if (!line.toString().startsWith("HTTP/")) {
			throw new IOException("no HTTP answer (" + VerifyOptions.safe(line.toString().strip()) + ")");
		}
		return line.toString().strip();
	}

	private static KeyStore keyStore(Path pem) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		try (InputStream in = Files.newInputStream(pem)) {
			int i = 0;
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				store.setCertificateEntry("ca" + i++, certificate);
			}
		}
		if (store.size() == 0) {
			throw new IOException("--ca " + pem + " holds no PEM certificate");
		}
		return store;
	}

}
