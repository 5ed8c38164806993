package org.fanloop.posts;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a board to list: its order, optional status and kind filters, where the
 * previous page ended, and how many posts.
 */
public record BoardQuery(BoardSort sort, @Nullable PostStatus status, @Nullable PostKind kind,
		@Nullable BoardCursor after, int limit) {

	public static final int MAX_LIMIT = 100;

	public BoardQuery {
		limit = Math.clamp(limit, 1, MAX_LIMIT);
		if (after != null && after.sort() != sort) {
			throw new InvalidFilter("cursor", after.encoded(), "");
		}
	}

	/**
	 * A query from request parameters, any of them missing; throws {@link InvalidFilter}.
	 */
	public static BoardQuery of(@Nullable String sort, @Nullable String status, @Nullable String kind,
			@Nullable String cursor, @Nullable Integer limit) {
		BoardSort order = isBlank(sort) ? BoardSort.TOP : BoardSort.of(sort);
		return new BoardQuery(order, isBlank(status) ? null : PostStatus.of(status),
				isBlank(kind) ? null : PostKind.of(kind), isBlank(cursor) ? null : BoardCursor.decode(cursor),
				(limit == null) ? 20 : limit);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
