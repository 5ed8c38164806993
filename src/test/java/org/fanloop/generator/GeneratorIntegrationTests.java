package org.fanloop.generator;

import java.time.LocalDate;
import java.util.List;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator: the same seed makes the same community, its stored counts agree with its
 * rows, and Fanloop serves it (boards, votes with the generated tokens).
 */
@FanloopIntegrationTest
class GeneratorIntegrationTests {

	private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);

	@Autowired
	Generator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	org.fanloop.reputation.ReputationService reputation;

	private static GeneratorSettings settings(long seed) {
		return new GeneratorSettings(1_500, seed, 0, 1_000, 3, 2, UNTIL, "generated-password");
	}

	@Test
	void theSameSeedMakesTheSameCommunityAndAnotherSeedAnother() {
		String first = Community.unique("g").replace("-", "");
		String second = Community.unique("g").replace("-", "");
		String third = Community.unique("g").replace("-", "");
		Generator.Report report = generator.generate(settings(7), first);
		generator.generate(settings(7), second);
		generator.generate(settings(8), third);

		assertThat(report.rows()).containsEntry("posts", 1_500L).containsEntry("members", 1_009L);
		assertThat(report.rows().get("votes")).isGreaterThan(20_000L);
		assertThat(fingerprint(first)).hasSize(1_500).isEqualTo(fingerprint(second)).isNotEqualTo(fingerprint(third));
	}

	@Test
	void storedCountsAgreeWithTheRowsAndTheLongTailIsLong() {
		String namespace = Community.unique("g").replace("-", "");
		generator.generate(settings(11), namespace);
		String products = "select id from products where slug like '" + namespace + "-%'";
		assertThat(count("select count(*) from posts p where product_id in (" + products + ")"
				+ " and vote_count <> (select count(*) from votes v where v.post_id = p.id)"))
			.isZero();
		assertThat(count("select count(*) from posts p where product_id in (" + products + ")"
				+ " and comment_count <> (select count(*) from comments c where c.post_id = p.id)"))
			.isZero();
		assertThat(count("select max(comment_count) from posts where product_id in (" + products + ")")).isEqualTo(500);
		long most = count("select max(vote_count) from posts where product_id in (" + products + ")");
		long median = jdbc
			.sql("select vote_count from posts where product_id in (" + products
					+ ") order by vote_count limit 1 offset 750")
			.query(Long.class)
			.single();
		assertThat(most).as("the most voted post against the median").isGreaterThan(50 * median);
		assertThat(count("select count(*) from posts where product_id in (" + products
				+ ") and status = 'shipped' and id not in (select post_id from build_posts)"))
			.as("every shipped post was delivered by a build")
			.isZero();
	}

	@Test
	void theGeneratedFactsEarnTheirReputation() {
		Generator.Report report = generator.generate(settings(5), Community.unique("g").replace("-", ""));
		assertThat(report.rows().get("reputation_points")).as("points for shipped ideas and reports").isPositive();
		assertThat(reputation.recompute(community.admin()).differences()).isEmpty();
	}

	@Test
	void fanloopServesTheGeneratedCommunityAndCountsANewVote() {
		String namespace = Community.unique("g").replace("-", "");
		generator.generate(settings(3), namespace);
		String slug = namespace + "-aurora-os";
		long top = count("select id from posts where product_id = (select id from products where slug = '" + slug
				+ "') order by vote_count desc, id desc limit 1");
		long topVotes = count("select vote_count from posts where id = " + top);
		assertThat(mvc.get().uri("/api/v1/products/{slug}/posts?sort=top&limit=5", slug)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.items[0].id")
			.asNumber()
			.isEqualTo((int) top);

		// A fan who has not voted for the top post yet votes with the generated token.
		long fan = count("select min(m.id) from members m where m.username like '" + namespace
				+ "fan%' and not exists (select 1 from votes v where v.post_id = " + top + " and v.member_id = m.id)");
		String username = jdbc.sql("select username from members where id = :id")
			.param("id", fan)
			.query(String.class)
			.single();
		String token = Generator.token(namespace, Long.parseLong(username.substring((namespace + "fan").length())));
		assertThat(mvc.put().uri("/api/v1/posts/{id}/vote", top).header("Authorization", "Bearer " + token))
			.hasStatus(200)
			.bodyJson()
			.extractingPath("$.voteCount")
			.asNumber()
			.isEqualTo((int) topVotes + 1);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private List<String> fingerprint(String namespace) {
		return jdbc.sql("""
				select p.title, p.vote_count, p.status, p.comment_count, p.kind, pr.name, p.created_at
				from posts p join products pr on pr.id = p.product_id
				where pr.slug like :slug order by p.id""")
			.param("slug", namespace + "-%")
			.query((rs, row) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

}
