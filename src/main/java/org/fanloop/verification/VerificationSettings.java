package org.fanloop.verification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long mailed links last and how many one address receives.
 *
 * @param verifyLinkValidity a verification link works this long after it is sent
 * @param resetLinkValidity a password-reset link works this long: short, since whoever
 * holds it can take the account
 * @param mailsPerAddressPerHour verification and reset emails one address receives per
 * hour, so nobody can flood somebody's inbox through the forms
 */
@ConfigurationProperties("fanloop.verification")
record VerificationSettings(@DefaultValue("72h") Duration verifyLinkValidity,
		@DefaultValue("1h") Duration resetLinkValidity, @DefaultValue("5") int mailsPerAddressPerHour) {
}
