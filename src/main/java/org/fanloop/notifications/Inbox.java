package org.fanloop.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of a member's inbox, newest first, with the number of unread notifications.
 */
public record Inbox(List<Notification> items, long unread, @Nullable String nextCursor) {
}
