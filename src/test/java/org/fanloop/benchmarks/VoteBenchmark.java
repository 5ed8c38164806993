package org.fanloop.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.voting.VoteService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Votes per second over real HTTP: {@value #MEMBERS} members with API tokens, each voting
 * once, {@value #CONNECTIONS} at a time — all on one hot post, then spread over
 * {@value #SPREAD_POSTS} posts. The client runs in the same JVM as the server (the
 * machine's cores are shared by both and the database), so the figures are a floor. Not
 * part of the normal run: {@code ./mvnw verify -Pbenchmark} (add {@code -Ppostgres}).
 * Asserts only that every count ends exact.
 */
@Tag("benchmark")
@FanloopIntegrationTest
class VoteBenchmark {

	private static final int MEMBERS = 20_000;

	private static final int WARM_UP = 5_000;

	private static final int CONNECTIONS = 64;

	private static final int SPREAD_POSTS = 1_000;

	@LocalServerPort
	int port;

	@Autowired
	Community community;

	@Autowired
	VoteService votes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NamedParameterJdbcTemplate batches;

	@Test
	void votesPerSecondOnOneHotPostAndSpreadOverManyPosts() throws Exception {
		Product product = community.product();
		List<String> tokens = bulkLoadMembersWithTokens(MEMBERS);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		// Other members warm the JIT up first.
		Post warmUp = community.post(product, community.fan());
		assertThat(vote(http, bulkLoadMembersWithTokens(WARM_UP), i -> warmUp.id()).failures()).isZero();

		// The first request of each token looks it up in the database; later ones find it
		// in the token cache.
		Post first = community.post(product, community.fan());
		Round firstRound = vote(http, tokens, i -> first.id());

		Post hot = community.post(product, community.fan());
		Round hotRound = vote(http, tokens, i -> hot.id());
		await().atMost(Duration.ofSeconds(30)).until(() -> tallied(hot.id()) == MEMBERS + 1);

		List<Post> spread = IntStream.range(0, SPREAD_POSTS)
			.mapToObj(i -> community.post(product, community.fan()))
			.toList();
		Round spreadRound = vote(http, tokens, i -> spread.get(i % SPREAD_POSTS).id());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> spread.stream().mapToLong(post -> tallied(post.id())).sum() == MEMBERS + SPREAD_POSTS);

		String database = System.getProperty("fanloop.test.datasource.url", "H2");
		System.out.printf("%n== Vote benchmark on %s (%d cores, %d connections, %,d members) ==%n", database,
				Runtime.getRuntime().availableProcessors(), CONNECTIONS, MEMBERS);
		System.out.println("one hot post, each token's first request: " + firstRound);
		System.out.println("one hot post:                             " + hotRound);
		System.out.println("spread over " + SPREAD_POSTS + " posts:                   " + spreadRound);
		System.out.println();
		assertThat(firstRound.failures()).isZero();
		assertThat(hotRound.failures()).isZero();
		assertThat(spreadRound.failures()).isZero();
		assertThat(votes.count(hot.id())).isEqualTo(MEMBERS + 1);
	}

	private Round vote(HttpClient http, List<String> tokens, PostOf postOf) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		long[] latencies = new long[tokens.size()];
		long started = System.nanoTime();
		try (ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS)) {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < CONNECTIONS; c++) {
				running.add(connections.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < tokens.size()) {
						HttpRequest request = HttpRequest
							.newBuilder(URI
								.create("http://localhost:" + port + "/api/v1/posts/" + postOf.post(i) + "/vote"))
							.PUT(HttpRequest.BodyPublishers.noBody())
							.header("Authorization", "Bearer " + tokens.get(i))
							.build();
						long sent = System.nanoTime();
						HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
						latencies[i] = System.nanoTime() - sent;
						if (response.statusCode() != 200) {
							failures.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> connection : running) {
				connection.get();
			}
		}
		long elapsed = System.nanoTime() - started;
		Arrays.sort(latencies);
		return new Round(tokens.size(), elapsed, latencies[latencies.length / 2],
				latencies[(int) (latencies.length * 0.99)], failures.get());
	}

	private long tallied(long postId) {
		return jdbc.sql("select vote_count from posts where id = :post")
			.param("post", postId)
			.query(Long.class)
			.single();
	}

	/**
	 * Members and tokens straight into the tables: signing 20,000 members up through the
	 * API would be the benchmark.
	 */
	private List<String> bulkLoadMembersWithTokens(int count) {
		String prefix = Community.unique("voter");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		batches.batchUpdate("""
				insert into members (username, email, password_hash, admin, created_at)
				values (:name, :name || '@bench.test', '{noop}-', false, :now)""",
				IntStream.range(0, count)
					.mapToObj(i -> new MapSqlParameterSource("name", prefix + "-" + i).addValue("now", now))
					.toArray(MapSqlParameterSource[]::new));
		List<Long> ids = jdbc.sql("select id from members where username like :prefix order by id")
			.param("prefix", prefix + "-%")
			.query(Long.class)
			.list();
		List<String> tokens = ids.stream().map(id -> "flp_bench_" + prefix + "_" + id).toList();
		batches.batchUpdate(
				"insert into access_tokens (member_id, token_hash, created_at) values (:member, :hash, :now)",
				IntStream.range(0, ids.size())
					.mapToObj(i -> new MapSqlParameterSource("member", ids.get(i))
						.addValue("hash", Community.tokenHash(tokens.get(i)))
						.addValue("now", now))
					.toArray(MapSqlParameterSource[]::new));
		return tokens;
	}

	@FunctionalInterface
	private interface PostOf {

		long post(int member);

	}

	private record Round(int votes, long nanos, long p50, long p99, int failures) {

		@Override
		public String toString() {
			return "%,d votes in %,d ms = %,.0f votes/s, p50 %.1f ms, p99 %.1f ms, %d failed".formatted(votes,
					nanos / 1_000_000, votes * 1e9 / nanos, p50 / 1e6, p99 / 1e6, failures);
		}

	}

}
