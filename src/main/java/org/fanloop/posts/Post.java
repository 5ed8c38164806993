package org.fanloop.posts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One post, as its page and {@code GET /api/v1/posts/{id}} show it. {@code voteCount} is
 * exact; {@code voted} tells whether the member asking has voted for it.
 */
public record Post(long id, long productId, String productSlug, PostKind kind, String title, String body,
		String bodyHtml, PostStatus status, String authorName, long voteCount, int commentCount, boolean voted,
		@Nullable Long mergedInto, Instant createdAt, Instant statusChangedAt) {
}
