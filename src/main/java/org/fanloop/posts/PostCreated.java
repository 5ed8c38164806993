package org.fanloop.posts;

import java.time.Instant;

/**
 * A member posted on a product's board.
 */
public record PostCreated(long postId, long productId, long authorId, String authorName, Instant createdAt) {
}
