package dev.ucdhcp.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Fills a {@link ProvisioningQuery} argument straight from the query parameters, instead
 * of Spring's data binding, which re-reads the record's annotations on every request.
 */
class ProvisioningQueryResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == ProvisioningQuery.class;
	}

	@Override
	public ProvisioningQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		return ProvisioningQuery.from(request::getParameter);
	}

}
