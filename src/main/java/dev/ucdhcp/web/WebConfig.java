package dev.ucdhcp.web;

import dev.ucdhcp.vendors.TargetRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Spring-free parts the web layer needs, as beans. */
@Configuration(proxyBeanMethods = false)
public class WebConfig {

	@Bean
	public TargetRegistry targetRegistry() {
		return new TargetRegistry();
	}

}
