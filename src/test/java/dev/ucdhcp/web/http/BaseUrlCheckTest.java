package dev.ucdhcp.web.http;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaseUrlCheckTest {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	@Test
	void warnsWhenTheDefaultBaseUrlIsServedOnAnotherPortOrToOtherHosts() {
		String defaults = BaseUrlCheck.DEFAULT_BASE_URL;
		assertThat(new BaseUrlCheck(defaults, null).servedElsewhere(8080)).as("every interface").isTrue();
		assertThat(new BaseUrlCheck(defaults, LOOPBACK).servedElsewhere(9090)).as("another port").isTrue();
		assertThat(new BaseUrlCheck(defaults, LOOPBACK).servedElsewhere(8080)).as("exactly localhost:8080").isFalse();
	}

	@Test
	void saysItOnceForTheAppsServerNotForTheManagementServer() {
		BaseUrlCheck check = new BaseUrlCheck(BaseUrlCheck.DEFAULT_BASE_URL, LOOPBACK);
		assertThat(check.warns(null, 9090)).as("the app's server").isTrue();
		assertThat(check.warns("management", 9091)).as("health and info").isFalse();
	}

	@Test
	void staysQuietWhenTheBaseUrlIsSet() {
		String set = "https://ucdhcp.example.com/";
		assertThat(new BaseUrlCheck(set, null).servedElsewhere(8080)).isFalse();
		assertThat(BaseUrlCheck.message(9090)).contains("port 9090", "UCDHCP_BASE_URL");
	}

}
