package org.fanloop.posts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reply on a post; {@code official} when its author was staff of the product: an
 * official answer; {@code helpful} once staff marked it so.
 */
public record Comment(long id, long postId, String authorName, String body, String bodyHtml, boolean official,
		Instant createdAt, boolean helpful, @Nullable String moderation, @Nullable Instant editedAt) {
}
