package org.fanloop.posts;

/**
 * A member posted on a product's board.
 */
public record PostCreated(long postId, long productId, long authorId) {
}
