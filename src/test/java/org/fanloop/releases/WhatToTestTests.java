package org.fanloop.releases;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafted What to Test fits its column however many posts a beta delivers.
 */
class WhatToTestTests {

	private static PostCard card(int id, PostKind kind) {
		return new PostCard(id, 1, kind, "A title long enough to matter for post number " + id + " ".repeat(60) + "end",
				"An excerpt of about a line that says what the post asks for, and then some more words. Second.",
				PostStatus.PLANNED, "alice", 3, 0, false, Instant.EPOCH);
	}

	@Test
	void aBetaOf500PostsIsDraftedWithinTheColumnAndSaysHowManyMore() {
		List<PostCard> cards = IntStream.rangeClosed(1, 500)
			.mapToObj(id -> card(id, (id % 3 == 0) ? PostKind.BUG : PostKind.IDEA))
			.toList();
		String draft = WhatToTest.draft(cards);
		assertThat(draft.length()).isLessThanOrEqualTo(WhatToTest.MAX);
		assertThat(draft).contains("**Try what is new or changed**", "**Check that these bugs are fixed**", "(#1)",
				"(#3)");
		long listed = draft.lines().filter(line -> line.startsWith("- ")).count();
		assertThat(draft).endsWith("…and " + (500 - listed) + " more: see the build's list of posts.");
	}

	@Test
	void aSmallBetaListsEveryPost() {
		String draft = WhatToTest.draft(List.of(card(1, PostKind.IDEA), card(2, PostKind.BUG)));
		assertThat(draft.lines().filter(line -> line.startsWith("- "))).hasSize(2);
		assertThat(draft).doesNotContain("more: see");
	}

}
