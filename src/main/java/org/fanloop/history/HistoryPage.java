package org.fanloop.history;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of a member's history, newest first; {@code nextCursor} asks for the next.
 */
public record HistoryPage(List<HistoryItem> items, @Nullable String nextCursor) {
}
