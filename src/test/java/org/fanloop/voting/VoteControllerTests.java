package org.fanloop.voting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the vote form leads back to without JavaScript: the page voted on, never another
 * site.
 */
class VoteControllerTests {

	@Test
	void keepsOnlyThePathAndQueryOfTheReferer() {
		assertThat(VoteController.backTo("https://fanloop.example/products/nova?sort=new", "/posts/1"))
			.isEqualTo("/products/nova?sort=new");
		assertThat(VoteController.backTo("https://elsewhere.example/members/alice", "/posts/1"))
			.isEqualTo("/members/alice");
	}

	@Test
	void fallsBackToThePostForAMissingOrStrangeReferer() {
		assertThat(VoteController.backTo(null, "/posts/1")).isEqualTo("/posts/1");
		assertThat(VoteController.backTo("https://fanloop.example//evil.example/x", "/posts/1")).isEqualTo("/posts/1");
		assertThat(VoteController.backTo("javascript:alert(1)", "/posts/1")).isEqualTo("/posts/1");
		assertThat(VoteController.backTo("not a referer", "/posts/1")).isEqualTo("/posts/1");
		assertThat(VoteController.backTo("https://fanloop.example", "/posts/1")).isEqualTo("/posts/1");
	}

}
