package org.fanloop.posts;

import java.time.Instant;

/**
 * A post as a board lists it: no body, a short plain-text excerpt.
 */
public record PostCard(long id, long productId, PostKind kind, String title, String excerpt, PostStatus status,
		String authorName, long voteCount, int commentCount, boolean voted, Instant createdAt) {

	PostCard withVotes(long voteCount, boolean voted) {
		return new PostCard(id, productId, kind, title, excerpt, status, authorName, voteCount, commentCount, voted,
				createdAt);
	}

}
