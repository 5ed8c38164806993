package org.fanloop.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fanloop.cluster.BucketStore;
import org.fanloop.cluster.SharedBuckets;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Rate-limits the endpoints that check, create or reset credentials, per client address
 * (a token bucket each, forgotten ten minutes after its last use). Runs before Spring
 * Security so a refused attempt costs no password hash. The buckets are
 * {@link SharedBuckets}: in Redis when several nodes share one, so an address gets one
 * allowance across them.
 */
@Configuration(proxyBeanMethods = false)
class SignInThrottle {

	private static final Set<String> GUARDED = Set.of("/login", "/signup", "/api/v1/tokens", "/api/v1/members",
			"/forgot-password", "/api/v1/password-resets");

	/** Paths that end in a mailed link's token: one allowance with the others. */
	private static final List<String> GUARDED_LINKS = List.of("/reset-password/", "/verify-email/",
			"/api/v1/password-resets/", "/api/v1/email-verifications/");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> signInThrottleFilter(AccountSettings settings, SharedBuckets shared,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
		int perMinute = settings.signInAttemptsPerMinute();
		BucketStore buckets = shared.store("sign-in-address", Duration.ofMinutes(10),
				Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build());
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI();
				return !"POST".equals(request.getMethod())
						|| !(GUARDED.contains(path) || GUARDED_LINKS.stream().anyMatch(path::startsWith));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				ConsumptionProbe probe = buckets.tryConsume(request.getRemoteAddr());
				if (probe.isConsumed()) {
					chain.doFilter(request, response);
					return;
				}
				long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
				TooManyAttempts refused = new TooManyAttempts(seconds);
				if (problems.resolveException(request, response, null, refused) == null) {
					response.setHeader("Retry-After", String.valueOf(seconds));
					response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				}
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
