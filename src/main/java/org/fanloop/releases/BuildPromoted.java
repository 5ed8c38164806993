package org.fanloop.releases;

import java.time.Instant;

/**
 * A beta build was promoted: {@code stableBuildId} is the stable release made from it,
 * offered to {@code rolloutPercent} % of installations at first (0 in events stored
 * before staged rollouts: all of them).
 */
public record BuildPromoted(long betaBuildId, long stableBuildId, long productId, String version, long promotedBy,
		Instant promotedAt, int rolloutPercent) {
}
