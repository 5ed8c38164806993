package org.fanloop.sso;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on settings (the providers themselves are Spring Security's
 * {@code spring.security.oauth2.client.registration.*} and {@code provider.*}).
 *
 * @param identifySecret the shared secret (at least 32 bytes) that signs identities a
 * company's own site passes to {@code /sso/identify}; unset: that way is off
 * @param identifyMaxAge the longest such an identity may live (its {@code exp} at most
 * this far after its {@code iat})
 * @param requireForStaff admins and product staff may not sign in with a password (pages
 * and API tokens) but only through a provider
 */
@ConfigurationProperties("fanloop.sso")
record SsoSettings(@Nullable String identifySecret, @DefaultValue("10m") Duration identifyMaxAge,
		@DefaultValue("false") boolean requireForStaff) {
}
