package org.fanloop.search;

import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a reader searches for: words, optional filters, an order and where the previous
 * page ended.
 */
record SearchQuery(String words, @Nullable Long productId, @Nullable PostKind kind, @Nullable PostStatus status,
		SearchOrder order, @Nullable SearchCursor after, int limit) {
}
