package org.fanloop.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fanloop.web.WebSettings;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Two ways in. The API ({@code /api/**}, {@code /actuator/**}) is stateless and knows
 * only bearer tokens, so a browser's session cookie can never be used against it and it
 * needs no CSRF token. Pages use form login, sessions stored in the database and CSRF
 * tokens.
 *
 * <p>
 * These rules only say who must be signed in; whether a signed-in member may act on a
 * product (staff) is checked by the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Images from this site and the hosts the operator allows
	 * ({@link WebSettings#imageHosts()}).
	 */
	static String contentSecurityPolicy(WebSettings settings) {
		StringBuilder images = new StringBuilder("'self' data:");
		settings.imageHosts()
			.stream()
			.map(String::strip)
			.filter(host -> host.matches("[A-Za-z0-9.-]+"))
			.forEach(host -> images.append(" https://").append(host));
		return "default-src 'self'; img-src " + images + "; style-src 'self' 'unsafe-inline'; script-src 'self'; "
				+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, MemberService members,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
		// Rendered by the one problem+json handler; a bare status if it declines.
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (problems.resolveException(request, response, null, ex) == null) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> {
			if (problems.resolveException(request, response, null, ex) == null) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
		};
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.addFilterBefore(new BearerTokenFilter(members, unauthorized), AnonymousAuthenticationFilter.class)
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/members", "/api/v1/tokens", "/api/v1/password-resets",
						"/api/v1/password-resets/*", "/api/v1/email-verifications/*")
				.permitAll()
				.requestMatchers("/api/v1/me/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/posts/*/follow", "/api/v1/posts/*/revisions",
						"/api/v1/products/*/moderation", "/api/v1/builds/*/reports", "/api/v1/builds/*/reports/mine",
						"/api/v1/products/*/gate", "/api/v1/builds/*/reports/mine/screenshots",
						"/api/v1/products/*/testers/activity")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SecurityContextRepository contexts, ApplicationEventPublisher events,
			WebSettings settings, List<PageSecurityCustomizer> customizers, MemberLanguages languages)
			throws Exception {
		for (PageSecurityCustomizer customizer : customizers) {
			customizer.customize(http);
		}
		SignInPages signInPages = new SignInPages(events, languages);
		// CSRF tokens live in a cookie, not the session: anonymous visitors get no
		// session row.
		http.securityContext(context -> context.securityContextRepository(contexts))
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				// One-click unsubscribe (RFC 8058) comes from mail programs; its signed
				// token is the proof.
				.ignoringRequestMatchers("/unsubscribe"))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(signInPages.success())
				.failureHandler(signInPages.failure())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInFirst()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(settings)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/products/*/posts/new", "/products/*/builds/new", "/builds/*/report",
						"/products/*/gate", "/products/*/moderation", "/posts/*/edit", "/me/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/signup", "/setup", "/unsubscribe", "/claim/*", "/forgot-password",
						"/reset-password/*", "/verify-email/*")
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	/**
	 * Sends a page to the login form; an htmx request (a vote, a comment) gets a 401 with
	 * {@code HX-Redirect}, so the browser goes to the login page instead of swapping it
	 * into a button.
	 */
	private static AuthenticationEntryPoint signInFirst() {
		AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, ex) -> {
			if ("true".equals(request.getHeader("HX-Request"))) {
				response.setHeader("HX-Redirect", "/login");
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				loginPage.commence(request, response, ex);
			}
		};
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PasswordAuthentication passwordAuthentication(MemberService members) {
		return new PasswordAuthentication(members);
	}

}
