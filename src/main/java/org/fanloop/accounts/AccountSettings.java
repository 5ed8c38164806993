package org.fanloop.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the endpoints that check or create credentials.
 *
 * @param signInAttemptsPerMinute log-ins, token requests and sign-ups one client address
 * may make per minute (with a burst of as many); enough for people, too few to guess
 * passwords
 */
@ConfigurationProperties("fanloop.accounts")
record AccountSettings(@DefaultValue("20") int signInAttemptsPerMinute) {
}
