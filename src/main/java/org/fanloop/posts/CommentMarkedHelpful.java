package org.fanloop.posts;

import java.time.Instant;

/**
 * Staff marked a member's comment helpful (once; marking it again changes nothing).
 */
public record CommentMarkedHelpful(long commentId, long postId, long productId, String authorName, String markedBy,
		Instant at) {
}
