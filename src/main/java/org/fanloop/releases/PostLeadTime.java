package org.fanloop.releases;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One post's lead time: from its creation to the first beta and the first stable build
 * that delivered it, and the builds (those the viewer may see).
 */
public record PostLeadTime(long postId, @Nullable Duration toBeta, @Nullable Duration toStable, List<Build> builds) {
}
