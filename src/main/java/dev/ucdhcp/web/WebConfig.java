package dev.ucdhcp.web;

import java.util.List;

import dev.ucdhcp.vendors.TargetRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Spring-free parts the web layer needs, as beans, and how the API reads its inputs.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

	@Bean
	public TargetRegistry targetRegistry() {
		return new TargetRegistry();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ProvisioningQueryResolver());
	}

}
