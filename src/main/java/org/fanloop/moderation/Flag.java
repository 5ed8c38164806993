package org.fanloop.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member's flag on a post (or one of its comments) for the team, open until a
 * moderation action on it or a dismissal.
 */
public record Flag(long id, long postId, @Nullable Long commentId, String memberName, String reason,
		Instant createdAt) {
}
