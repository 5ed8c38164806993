package org.fanloop.posts;

/**
 * A member commented on a post; {@code official} when staff answered.
 */
public record CommentAdded(long commentId, long postId, long productId, long authorId, boolean official) {
}
