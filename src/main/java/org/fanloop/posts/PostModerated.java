package org.fanloop.posts;

import org.jspecify.annotations.Nullable;

/**
 * A post or comment was deleted by its author, or hidden, marked spam, locked or restored
 * by staff. {@code commentId} is null for the post itself; {@code moderation} is the new
 * state (null: shown); {@code excerpt} what it said.
 */
public record PostModerated(long postId, long productId, @Nullable Long commentId, String action,
		@Nullable String moderation, boolean locked, String excerpt, String actorName, String note) {
}
