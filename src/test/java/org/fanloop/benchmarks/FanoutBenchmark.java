package org.fanloop.benchmarks;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.NewBuild;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How long telling 100,000 voters about a beta build takes, with the production batch
 * size. Not part of the normal run: {@code ./mvnw verify -Pbenchmark} (add
 * {@code -Ppostgres} for PostgreSQL). Prints its figures; asserts only that everybody was
 * told exactly once.
 */
@Tag("benchmark")
@FanloopIntegrationTest
@TestPropertySource(
		properties = { "fanloop.notifications.batch-size=1000", "fanloop.notifications.work-interval=100ms" })
class FanoutBenchmark {

	private static final int VOTERS = 100_000;

	@Autowired
	Community community;

	@Autowired
	BuildService builds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NamedParameterJdbcTemplate batches;

	@Test
	void fanOutToAHundredThousandVoters() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post post = community.post(product, community.fan());
		long loadStarted = System.nanoTime();
		List<Long> voters = bulkLoadVoters(post.id());
		long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;

		Build build = builds.draft(product.slug(), new NewBuild("100k", "beta", "", List.of(post.id())), staff);
		long started = System.nanoTime();
		builds.publish(build.id(), staff);
		long publishMillis = (System.nanoTime() - started) / 1_000_000;
		await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200)).until(() -> done(build.id()));
		long fanoutMillis = (System.nanoTime() - started) / 1_000_000;

		long notified = jdbc.sql("select count(*) from notifications where dedupe_key = :key")
			.param("key", "build:" + build.id())
			.query(Long.class)
			.single();
		String database = System.getProperty("fanloop.test.datasource.url", "H2");
		System.out.printf("%n== Fan-out benchmark on %s (%d cores) ==%n", database,
				Runtime.getRuntime().availableProcessors());
		System.out.printf("loaded %,d voters in %,d ms%n", voters.size(), loadMillis);
		System.out.printf("publish request: %,d ms (the fan-out runs after it, in the background)%n", publishMillis);
		System.out.printf("fan-out to %,d members: %,d ms = %,.0f notifications/s%n%n", notified, fanoutMillis,
				notified * 1000.0 / fanoutMillis);
		assertThat(notified).isEqualTo(VOTERS + 1);
	}

	private boolean done(long buildId) {
		return jdbc.sql("select count(*) from fanouts where build_id = :build and phase = 'done'")
			.param("build", buildId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Members and their votes straight into the tables: signing 100,000 members up would
	 * be the benchmark.
	 */
	private List<Long> bulkLoadVoters(long postId) {
		String prefix = Community.unique("bulk");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int chunk = 5_000;
		for (int from = 0; from < VOTERS; from += chunk) {
			MapSqlParameterSource[] rows = LongStream.range(from, Math.min(VOTERS, from + chunk))
				.mapToObj(i -> new MapSqlParameterSource("name", prefix + "-" + i).addValue("now", now))
				.toArray(MapSqlParameterSource[]::new);
			batches.batchUpdate("""
					insert into members (username, email, password_hash, admin, created_at)
					values (:name, :name || '@bench.test', '{noop}-', false, :now)""", rows);
		}
		List<Long> ids = jdbc.sql("select id from members where username like :prefix order by id")
			.param("prefix", prefix + "-%")
			.query(Long.class)
			.list();
		for (int from = 0; from < ids.size(); from += chunk) {
			MapSqlParameterSource[] rows = ids.subList(from, Math.min(ids.size(), from + chunk))
				.stream()
				.map(id -> new MapSqlParameterSource("post", postId).addValue("member", id).addValue("now", now))
				.toArray(MapSqlParameterSource[]::new);
			batches.batchUpdate("insert into votes (post_id, member_id, created_at) values (:post, :member, :now)",
					rows);
		}
		return ids;
	}

}
