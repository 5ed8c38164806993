package org.fanloop.history;

import java.time.Instant;

import org.fanloop.posts.PostCard;
import org.jspecify.annotations.Nullable;

/**
 * A post in a member's history, with its status and votes, and when the member voted for,
 * commented on or followed it (a comment's id and first words too).
 */
public record HistoryItem(Instant at, PostCard post, @Nullable Long commentId, @Nullable String comment) {
}
