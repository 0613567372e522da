package dev.ucdhcp.web.doctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pastes the surface tests send to the real engine. */
public final class Pastes {

	private Pastes() {
	}

	/**
	 * An ISC dhcpd.conf with two classic faults: no {@code authoritative;} (phones'
	 * INFORMs go unanswered) and option 120 defined as text. {@code marker} is in a
	 * comment, a class name and the web services FQDN, to be looked for where it must
	 * never be.
	 */
	public static String brokenIsc(String marker) {
		return """
				# dhcpd.conf of dhcp01 %1$s, owner netops-team
				option space MSUC code width 1 length width 1;
				option MSUC.uc-identifier code 1 = text;
				option MSUC.url-scheme code 2 = text;
				option MSUC.web-fqdn code 3 = text;
				option MSUC.web-port code 4 = text;
				option MSUC.certprov-path code 5 = text;
				option ms-uc-sip-server code 120 = text;

				subnet 192.0.2.0 netmask 255.255.255.0 {
				  range 192.0.2.10 192.0.2.200;
				  option routers 192.0.2.1;
				}

				class "MS-UC-Client" {
				  match if option vendor-class-identifier = "MS-UC-Client";
				  vendor-option-space MSUC;
				  option MSUC.uc-identifier "MS-UC-Client";
				  option MSUC.url-scheme "https";
				  option MSUC.web-fqdn "%1$s.schertz.local";
				  option MSUC.web-port "443";
				  option MSUC.certprov-path "/CertProv/CertProvisioningService.svc";
				}

				option ms-uc-sip-server "lync.schertz.local";
				""".formatted(marker);
	}

	/**
	 * {@link #brokenIsc} followed by a comment of {@code é} (two bytes of UTF-8, six
	 * characters once percent-encoded in a form) up to exactly {@code bytes} bytes.
	 */
	public static String brokenIscOf(int bytes) {
		StringBuilder paste = new StringBuilder(brokenIsc("lync")).append("# ");
		int length = paste.toString().getBytes(StandardCharsets.UTF_8).length;
		paste.append("\u00e9".repeat((bytes - length) / 2));
		if ((bytes - length) % 2 == 1) {
			paste.append('x');
		}
		return paste.toString();
	}

	/** A file the builder wrote, which the doctor must call healthy. */
	public static String golden(String vendor, String file) {
		try {
			return Files.readString(Path.of("src", "test", "resources", "golden", vendor, file),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
