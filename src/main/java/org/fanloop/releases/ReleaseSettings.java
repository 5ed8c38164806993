package org.fanloop.releases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How releases age.
 *
 * @param betaExpiry a published beta build expires this long after it was published (as
 * TestFlight's do after 90 days): it leaves the testers' lists and takes no more reports
 * or bugs
 */
@ConfigurationProperties("fanloop.releases")
record ReleaseSettings(@DefaultValue("90d") Duration betaExpiry) {
}
