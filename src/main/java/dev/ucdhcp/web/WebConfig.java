package dev.ucdhcp.web;

import java.util.List;

import dev.ucdhcp.vendors.TargetRegistry;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The Spring-free parts the web layer needs, as beans, and how the API reads its inputs.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

	@Bean
	public TargetRegistry targetRegistry() {
		return new TargetRegistry();
	}

	/**
	 * No resource URL rewriting on every request: the pages link their assets through
	 * {@link AssetLinks}, worked out once, and no template links a static resource with
	 * {@code @{...}}. Thymeleaf's auto-configuration registers this filter only when no
	 * registration of it exists; this one keeps it off (2 % of a page's CPU in JFR).
	 */
	@Bean
	public FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ProvisioningQueryResolver());
	}

}
