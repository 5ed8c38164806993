package org.fanloop.posts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a post ({@code commentId} null: its title and body) or one of its comments said
 * before an edit, who edited it and when. Staff see these; readers see "edited".
 */
public record Revision(long id, long postId, @Nullable Long commentId, @Nullable String title, String body,
		String editedBy, Instant editedAt) {
}
