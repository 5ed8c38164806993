package org.fanloop.installation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Until an admin exists, every page leads to the setup page.
 */
@Configuration(proxyBeanMethods = false)
class SetupFirst implements WebMvcConfigurer {

	private final InstallationService installation;

	SetupFirst(InstallationService installation) {
		this.installation = installation;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				if (installation.isSetUp()) {
					return true;
				}
				response.sendRedirect("/setup");
				return false;
			}

		})
			.addPathPatterns("/**")
			.excludePathPatterns("/setup", "/api/**", "/actuator/**", "/static/**", "/webjars/**", "/error",
					"/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
	}

}
