package org.fanloop.posts;

import java.time.Instant;

/**
 * One thing a member did on a post (a vote, a comment, a follow), for their history:
 * when, and the key that orders things done at the same instant (the post's id for votes
 * and follows, the comment's for comments).
 */
public record PostActivity(long postId, Instant at, long key) {

	/** Where a page of a member's history ends: before this instant and key. */
	public record Before(Instant at, long key) {
	}

}
