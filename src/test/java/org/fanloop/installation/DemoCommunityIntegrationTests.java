package org.fanloop.installation;

import java.util.List;
import java.util.Random;

import org.fanloop.FanloopIntegrationTest;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.releases.BuildService;
import org.fanloop.testers.TesterService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code --demo} community: a living site, made through the services members use.
 */
@FanloopIntegrationTest
class DemoCommunityIntegrationTests {

	@Autowired
	DemoCommunity demo;

	@Autowired
	ProductService products;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BuildService builds;

	@Autowired
	TesterService testers;

	@Test
	void loadsFourProductsAndAFewHundredPostsWithVotesCommentsAndStatuses() {
		int posts = demo.load(new Random(42));

		List<String> slugs = products.all().stream().map(Product::slug).toList();
		assertThat(slugs).contains("nova-os", "pulse-band", "hearth-hub", "volt-ev");
		assertThat(posts).isBetween(200, 400);
		assertThat(count("select count(*) from members where email like '%@demo.fanloop.test'")).isEqualTo(49);
		assertThat(count("select count(distinct status) from posts p join products d on d.id = p.product_id "
				+ "where d.slug = 'nova-os'"))
			.isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from comments where official = true")).isPositive();
		assertThat(count("select max(c) from (select post_id, count(*) c from votes group by post_id) v"))
			.as("a long tail: some posts get most of the community's votes")
			.isGreaterThanOrEqualTo(25);
		assertThat(count("select count(*) from comments c join posts p on p.id = c.post_id "
				+ "where c.created_at < p.created_at"))
			.isZero();
		assertThat(count("select count(*) from posts p join members m on m.id = p.author_id "
				+ "where p.created_at < m.created_at and m.email like '%@demo.fanloop.test'"))
			.as("members joined before they posted")
			.isZero();
		assertThat(count(
				"select count(*) from engagement_posts where first_answer_at is null and assignee_id is not null"))
			.as("the team's queue, with who has each post")
			.isPositive();
		assertThat(count("select count(*) from engagement_posts where first_answer_at is not null"))
			.as("first answers for the team figures")
			.isPositive();
		assertThat(count("select count(*) from review_sessions s join products p on p.id = s.product_id "
				+ "where p.slug in ('nova-os', 'pulse-band', 'hearth-hub', 'volt-ev') and s.closed_at is not null"))
			.as("past sessions")
			.isEqualTo(4);
		assertThat(count("select count(*) from review_sessions s join products p on p.id = s.product_id "
				+ "where p.slug in ('nova-os', 'pulse-band', 'hearth-hub', 'volt-ev') and s.closed_at is null "
				+ "and s.starts_at > current_timestamp"))
			.as("upcoming sessions")
			.isEqualTo(4);
		assertThat(count("select count(*) from reputation_points where reason = 'session_attended'")).isPositive();
		assertThat(count("select count(distinct username) from reputation_points"))
			.as("members with levels above the first")
			.isPositive();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
