package org.fanloop.releases;

import java.time.Instant;

/**
 * A beta build was promoted: {@code stableBuildId} is the stable release made from it.
 */
public record BuildPromoted(long betaBuildId, long stableBuildId, long productId, String version, long promotedBy,
		Instant promotedAt) {
}
