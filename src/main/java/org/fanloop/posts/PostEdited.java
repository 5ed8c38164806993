package org.fanloop.posts;

/**
 * A post's title or body, or one of its comments, was edited.
 */
public record PostEdited(long postId, long productId) {
}
