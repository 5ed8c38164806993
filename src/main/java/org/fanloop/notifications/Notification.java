package org.fanloop.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a member's inbox.
 */
public record Notification(long id, NotificationKind kind, String title, @Nullable String detail, String link,
		@Nullable Long postId, @Nullable Long buildId, Instant createdAt, boolean read) {
}
