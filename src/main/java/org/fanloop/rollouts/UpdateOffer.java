package org.fanloop.rollouts;

import java.time.Instant;

import org.fanloop.releases.Channel;
import org.jspecify.annotations.Nullable;

/**
 * What the product's updater is offered: the build to install.
 */
public record UpdateOffer(long buildId, String version, Channel channel, String notes, @Nullable Instant publishedAt) {
}
