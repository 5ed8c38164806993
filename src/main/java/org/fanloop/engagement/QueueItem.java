package org.fanloop.engagement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A post in the team's queue: how long it has waited (working time, if the promise counts
 * business hours), whether it is past the promise, and who has it.
 */
public record QueueItem(long postId, String title, String kind, String authorName, Instant createdAt,
		long waitingMinutes, boolean overdue, @Nullable String assignee) {
}
