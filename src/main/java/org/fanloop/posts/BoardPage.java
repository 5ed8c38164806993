package org.fanloop.posts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a board and the cursor of the next page ({@code null} on the last).
 */
public record BoardPage(List<PostCard> items, @Nullable String nextCursor) {
}
