package org.fanloop.posts;

import java.time.Instant;

/**
 * A post as search reads it: its words (title, body, and its comments one after another)
 * and what results are filtered and sorted by.
 */
public record PostText(long id, long productId, PostKind kind, PostStatus status, String title, String body,
		String comments, long voteCount, Instant createdAt) {
}
