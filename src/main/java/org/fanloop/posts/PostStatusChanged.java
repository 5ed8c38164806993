package org.fanloop.posts;

/**
 * Staff moved a post to a new status.
 */
public record PostStatusChanged(long postId, long productId, PostStatus from, PostStatus to, long changedBy) {
}
