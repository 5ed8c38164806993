package org.fanloop.posts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A post moved to a new status: by staff ({@code buildId} null) or by publishing,
 * promoting or withdrawing a build.
 */
public record PostStatusChanged(long postId, long productId, long changeId, PostStatus from, PostStatus to,
		long changedBy, String changedByName, @Nullable Long buildId, Instant changedAt) {

	public boolean byBuild() {
		return buildId != null;
	}

}
