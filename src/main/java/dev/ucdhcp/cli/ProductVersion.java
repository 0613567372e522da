package dev.ucdhcp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the product's version from the file the build writes for
 * {@code /actuator/info} too (spring-boot-maven-plugin's build-info), read without
 * Spring.
 */
public final class ProductVersion implements IVersionProvider {

	static final String BUILD_INFO = "/META-INF/build-info.properties";

	@Override
	public String[] getVersion() {
		return new String[] { "ucdhcp " + version() };
	}

	static String version() {
		Properties info = new Properties();
		try (InputStream in = ProductVersion.class.getResourceAsStream(BUILD_INFO)) {
			if (in != null) {
				info.load(in);
			}
		}
		catch (IOException ex) {
			// an unreadable file says no more than a missing one
		}
		return info.getProperty("build.version", "(version unknown: built without " + BUILD_INFO + ")");
	}

}
