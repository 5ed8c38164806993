package org.fanloop.posts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a post's status timeline; {@code buildVersion} names the build that made it
 * (its release, or its withdrawal with the team's note), worded in the reader's language.
 */
public record StatusChange(PostStatus from, PostStatus to, String note, String noteHtml, String changedBy,
		Instant changedAt, @Nullable String buildVersion) {
}
