package org.fanloop.posts;

import java.time.Instant;

/**
 * A member commented on a post; {@code official} when staff answered.
 */
public record CommentAdded(long commentId, long postId, long productId, long authorId, String authorName,
		boolean official, Instant at) {
}
