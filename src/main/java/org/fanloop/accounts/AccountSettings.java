package org.fanloop.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the endpoints that check or create credentials.
 *
 * @param signInAttemptsPerMinute log-ins, token requests and sign-ups one client address
 * may make per minute (with a burst of as many); enough for people, too few to guess
 * passwords
 * @param failedSignInsPerAccount failed sign-ins one username may have, from any address,
 * before further attempts wait
 * @param failedSignInWindow how long the failures take to be forgiven
 */
@ConfigurationProperties("fanloop.accounts")
record AccountSettings(@DefaultValue("20") int signInAttemptsPerMinute, @DefaultValue("10") int failedSignInsPerAccount,
		@DefaultValue("15m") Duration failedSignInWindow) {
}
