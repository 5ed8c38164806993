package org.fanloop.posts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One post, as its page and {@code GET /api/v1/posts/{id}} show it. {@code voteCount} is
 * exact; {@code voted} tells whether the member asking has voted for it. A bug reported
 * against a build names the build ({@code foundInBuild}, {@code foundInVersion}) and its
 * {@code severity}. {@code moderation} is {@code deleted} (by its author), {@code hidden}
 * or {@code spam} (by staff), else null; a {@code locked} post takes no new comments;
 * {@code editedAt} is the last edit.
 */
public record Post(long id, long productId, String productSlug, PostKind kind, String title, String body,
		String bodyHtml, PostStatus status, String authorName, long voteCount, int commentCount, boolean voted,
		@Nullable Long mergedInto, @Nullable Long foundInBuild, @Nullable String foundInVersion,
		@Nullable Severity severity, Instant createdAt, Instant statusChangedAt, @Nullable String source,
		@Nullable String enteredBy, @Nullable String moderation, boolean locked, @Nullable Instant editedAt) {

	Post withVotes(long voteCount, boolean voted) {
		return new Post(id, productId, productSlug, kind, title, body, bodyHtml, status, authorName, voteCount,
				commentCount, voted, mergedInto, foundInBuild, foundInVersion, severity, createdAt, statusChangedAt,
				source, enteredBy, moderation, locked, editedAt);
	}

}
