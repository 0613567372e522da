package dev.ucdhcp.web;

import java.util.List;
import java.util.Map;

import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.http.AssetLinks;
import dev.ucdhcp.web.prerender.PrerenderedParts;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.annotation.Value;
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

	/**
	 * The form's parts rendered ahead: the form nobody typed in, and the same form once
	 * with each DHCP server chosen (its tabs).
	 */
	@Bean
	public PrerenderedParts prerenderedParts(ITemplateEngine engine, SubmissionReader reader,
			@Value("${ucdhcp.prerendered-parts.enabled:true}") boolean enabled) {
		TargetRegistry targets = reader.targets();
		List<FormView> eachServer = targets.ids()
			.stream()
			.map((vendor) -> FormView.of(reader.read(Map.of(Submission.VENDOR, vendor)), targets))
			.toList();
		return new PrerenderedParts(engine, FormView.of(reader.read(Map.of()), targets), eachServer, enabled);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ProvisioningQueryResolver());
	}

}
