package org.fanloop.posts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link BoardQuery} and {@link BoardCursor}: what a board request may ask for.
 */
class BoardQueryTests {

	@Test
	void defaultsToTheTopTwentyOfEveryKindAndStatus() {
		BoardQuery query = BoardQuery.of(null, "", null, null, null);
		assertThat(query).isEqualTo(new BoardQuery(BoardSort.TOP, null, null, null, 20));
	}

	@Test
	void readsEveryFilterAndClampsTheLimit() {
		BoardQuery query = BoardQuery.of("new", "under_review", "bug", null, 1000);
		assertThat(query.sort()).isEqualTo(BoardSort.NEW);
		assertThat(query.status()).isEqualTo(PostStatus.UNDER_REVIEW);
		assertThat(query.kind()).isEqualTo(PostKind.BUG);
		assertThat(query.limit()).isEqualTo(BoardQuery.MAX_LIMIT);
		assertThat(BoardQuery.of(null, null, null, null, 0).limit()).isEqualTo(1);
	}

	@Test
	void refusesUnknownValuesNamingTheParameter() {
		assertThatExceptionOfType(InvalidFilter.class).isThrownBy(() -> BoardQuery.of("best", null, null, null, null))
			.satisfies(ex -> assertThat(ex.getBody().getProperties()).extractingByKey("errors")
				.asString()
				.contains("field=sort"));
		assertThatExceptionOfType(InvalidFilter.class)
			.isThrownBy(() -> BoardQuery.of(null, "SHIPPED", null, null, null));
		assertThatExceptionOfType(InvalidFilter.class).isThrownBy(() -> BoardQuery.of(null, null, "wish", null, null));
	}

	@Test
	void cursorsRoundTripEveryKey() {
		BoardCursor top = new BoardCursor(BoardSort.TOP, 1234, 99);
		BoardCursor trending = new BoardCursor(BoardSort.TRENDING, 2971.650155264813, 7);
		BoardCursor newest = new BoardCursor(BoardSort.NEW, 42, 42);
		assertThat(BoardCursor.decode(top.encoded())).isEqualTo(top);
		assertThat(BoardCursor.decode(trending.encoded())).isEqualTo(trending);
		assertThat(BoardCursor.decode(newest.encoded())).isEqualTo(newest);
	}

	@Test
	void refusesForgedCursorsAndCursorsOfAnotherOrder() {
		assertThatExceptionOfType(InvalidFilter.class).isThrownBy(() -> BoardCursor.decode("not base64!"));
		assertThatExceptionOfType(InvalidFilter.class).isThrownBy(() -> BoardCursor.decode("dG9wOng6MQ"));
		String topCursor = new BoardCursor(BoardSort.TOP, 5, 1).encoded();
		assertThatExceptionOfType(InvalidFilter.class)
			.isThrownBy(() -> BoardQuery.of("new", null, null, topCursor, 10));
	}

}
