package org.fanloop.generator;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the generator makes; set {@code posts} to run it.
 *
 * @param posts how many posts (the size of the community); 0 does not run the generator
 * @param seed the same seed and sizes make the same community
 * @param votes how many votes in all; 0 means 20 per post
 * @param members how many members; 0 means one per two posts (at least 1,000)
 * @param products how many products share the posts (the first has the most)
 * @param commentsPerPost the mean number of comments on a post (one post per product has
 * 500)
 * @param until the day the community's history ends (its last day); empty means it ends
 * now (then two runs with the same seed differ in their dates only)
 * @param password every generated member's password
 */
@ConfigurationProperties("fanloop.generator")
record GeneratorSettings(@DefaultValue("0") int posts, @DefaultValue("1") long seed, @DefaultValue("0") long votes,
		@DefaultValue("0") int members, @DefaultValue("4") int products, @DefaultValue("2") int commentsPerPost,
		@Nullable LocalDate until, @DefaultValue("generated-password") String password) {

	long voteTotal() {
		return (votes > 0) ? votes : 20L * posts;
	}

	int memberTotal() {
		return (members > 0) ? members : Math.max(1_000, posts / 2);
	}

}
