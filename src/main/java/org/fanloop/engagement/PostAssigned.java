package org.fanloop.engagement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A post in the queue was given to a staff member: by the rotation ({@code assignedBy}
 * null), by a colleague, or taken by themselves. The assignee hears of it unless they
 * took it.
 */
public record PostAssigned(long postId, long productId, long assigneeId, String assigneeName, @Nullable Long assignedBy,
		Instant at) {
}
