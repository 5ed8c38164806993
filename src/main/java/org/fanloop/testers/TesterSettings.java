package org.fanloop.testers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the beta programmes judge their testers.
 *
 * @param activeBetas a tester is active who opened, reported on or filed a bug against
 * one of the product's last this many published betas (or was accepted since the oldest
 * of them came out). With a weekly beta the default 3 is three weeks, where TestFlight
 * waits 90 days before it drops a tester.
 */
@ConfigurationProperties("fanloop.testers")
record TesterSettings(@DefaultValue("3") int activeBetas) {

	TesterSettings {
		if (activeBetas < 1) {
			throw new IllegalArgumentException("fanloop.testers.active-betas must be at least 1, not " + activeBetas);
		}
	}

}
