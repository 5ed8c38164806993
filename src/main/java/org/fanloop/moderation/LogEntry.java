package org.fanloop.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One moderation action: on which post (and comment), what, why, by whom, and what the
 * post or comment said.
 */
public record LogEntry(long id, long postId, @Nullable Long commentId, String action, String note, String excerpt,
		String actorName, Instant at) {
}
