package dev.ucdhcp.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Spring-free parts the web layer needs, as beans. */
@Configuration(proxyBeanMethods = false)
public class WebConfig {

	@Bean
	public Targets targets() {
		return new Targets(List.of());
	}

}
