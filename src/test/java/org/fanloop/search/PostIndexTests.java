package org.fanloop.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.fanloop.meanings.MeaningSettings;
import org.fanloop.meanings.Meanings;
import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostStatus;
import org.fanloop.posts.PostText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index on its own folder: it survives a restart, tells whether it holds the
 * database's posts (so one left from another database is rebuilt), and a rebuild leaves
 * exactly what the database gives it.
 */
class PostIndexTests {

	@TempDir
	Path folder;

	@Test
	void survivesARestartAndKnowsWhetherItHoldsTheDatabasesPosts() throws Exception {
		PostIndex index = new PostIndex(new SearchSettings(folder), new Meanings(new MeaningSettings(false)));
		assertThat(index.needsRebuild()).isTrue();
		index.put(List.of(post(3, "Battery drains overnight"), post(7, "Dark mode for maps")));
		assertThat(index.matches(2, 7)).isTrue();
		assertThat(index.matches(3, 7)).as("another post count").isFalse();
		assertThat(index.matches(2, 9)).as("another highest id").isFalse();
		index.destroy();

		PostIndex again = new PostIndex(new SearchSettings(folder), new Meanings(new MeaningSettings(false)));
		try {
			assertThat(again.needsRebuild()).isFalse();
			assertThat(again.matches(2, 7)).isTrue();
			assertThat(again.search(query("drained")).items()).extracting(SearchHit::id).containsExactly(3L);

			assertThat(again.rebuild(after -> (after == 0) ? List.of(post(11, "Drained battery again")) : List.of()))
				.isEqualTo(1);
			assertThat(again.matches(1, 11)).isTrue();
			assertThat(again.search(query("battery")).items()).extracting(SearchHit::id).containsExactly(11L);
			again.remove(11);
			assertThat(again.search(query("battery")).items()).isEmpty();
		}
		finally {
			again.destroy();
		}
	}

	private static SearchQuery query(String words) {
		return new SearchQuery(words, null, null, null, SearchOrder.RELEVANCE, null, 20);
	}

	private static PostText post(long id, String title) {
		return new PostText(id, 1, PostKind.BUG, PostStatus.OPEN, title, "", "", 0, Instant.now());
	}

}
