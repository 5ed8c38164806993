package org.fanloop.search;

import java.time.Instant;

import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostStatus;

/**
 * One post found, with the passage that matched: HTML, its text escaped and the matching
 * words in {@code <mark>}.
 */
public record SearchHit(long id, long productId, PostKind kind, PostStatus status, String title, String snippet,
		long voteCount, Instant createdAt, float score) {
}
