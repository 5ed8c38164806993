package org.fanloop.releases;

import java.time.Instant;

/**
 * A draft build went out on its channel (a beta to testers, or a stable build to
 * everybody).
 */
public record BuildPublished(long buildId, long productId, Channel channel, String version, long publishedBy,
		Instant publishedAt) {
}
