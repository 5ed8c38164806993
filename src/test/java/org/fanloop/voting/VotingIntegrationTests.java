package org.fanloop.voting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Votes: one per member and post, idempotent both ways, and counted exactly however many
 * members vote on one post at once.
 */
@FanloopIntegrationTest
class VotingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	VoteService votes;

	@Autowired
	VoteWriter writer;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void votingAndWithdrawingAreIdempotent() {
		Post post = community.post(community.product(), community.fan());
		SignedInMember fan = community.fan();
		String token = community.token(fan);
		for (int i = 0; i < 2; i++) {
			assertThat(mvc.put().uri("/api/v1/posts/{id}/vote", post.id()).header("Authorization", "Bearer " + token))
				.hasStatus(200)
				.bodyJson()
				.satisfies(json -> {
					assertThat(json).extractingPath("$.voted").isEqualTo(true);
					assertThat(json).extractingPath("$.voteCount").isEqualTo(2);
				});
		}
		for (int i = 0; i < 2; i++) {
			assertThat(
					mvc.delete().uri("/api/v1/posts/{id}/vote", post.id()).header("Authorization", "Bearer " + token))
				.hasStatus(200)
				.bodyJson()
				.satisfies(json -> {
					assertThat(json).extractingPath("$.voted").isEqualTo(false);
					assertThat(json).extractingPath("$.voteCount").isEqualTo(1);
				});
		}
		assertThat(votedRows(post.id())).isEqualTo(1);
	}

	@Test
	void anAuthorMayWithdrawTheVoteTheirPostStartsWith() {
		SignedInMember author = community.fan();
		Post post = community.post(community.product(), author);
		assertThat(post.voteCount()).isEqualTo(1);
		assertThat(post.voted()).isTrue();
		assertThat(votes.withdraw(post.id(), author)).isEqualTo(new VoteState(post.id(), false, 0));
		assertThat(votes.cast(post.id(), author)).isEqualTo(new VoteState(post.id(), true, 1));
	}

	@Test
	void aGroupOfVotesKeepsEachMembersOrderAndRefusesOnlyTheVotesForPostsNobodyMayVoteFor() {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		Post merged = community.post(product, community.fan());
		jdbc.sql("update posts set status = 'merged' where id = :id").param("id", merged.id()).update();
		SignedInMember changesMind = community.fan();
		SignedInMember steady = community.fan();
		SignedInMember neverVoted = community.fan();
		List<VoteWriter.Ballot> group = List.of(ballot(post, changesMind, true), ballot(post, steady, true),
				ballot(merged, steady, true), ballot(post, changesMind, false), ballot(post, neverVoted, false),
				new VoteWriter.Ballot(new Votes.Key(987654321L, steady.id()), true), ballot(post, steady, true),
				ballot(post, changesMind, true), ballot(post, changesMind, false));

		writer.writeGroup(group);

		assertThat(group.stream().map(ballot -> ballot.result.isDone())).containsOnly(true);
		assertThat(group.get(2).result).isCompletedExceptionally();
		assertThat(group.get(5).result).isCompletedExceptionally();
		assertThat(group.stream().filter(ballot -> !ballot.result.isCompletedExceptionally()))
			.extracting(ballot -> ballot.result.join())
			.containsExactly(new VoteState(post.id(), true, 2), new VoteState(post.id(), true, 2),
					new VoteState(post.id(), false, 2), new VoteState(post.id(), false, 2),
					new VoteState(post.id(), true, 2), new VoteState(post.id(), true, 2),
					new VoteState(post.id(), false, 2));
		assertThat(votedRows(post.id())).isEqualTo(2);
		assertThat(votedRows(merged.id())).isEqualTo(1);
		assertThat(votes.count(post.id())).isEqualTo(2);
	}

	@Test
	void aWriterThatIsNotTakingVotesAnswersServiceUnavailableAndCountsNothing(@Autowired Votes stored,
			@Autowired PostService posts, @Autowired TransactionTemplate transactions,
			@Autowired VotingSettings settings) throws Exception {
		Post post = community.post(community.product(), community.fan());
		VoteWriter stopped = new VoteWriter(stored, posts, transactions, settings);
		stopped.stop();

		assertThatThrownBy(() -> stopped.write(post.id(), community.fan().id(), true))
			.isInstanceOfSatisfying(VotesBusy.class, busy -> {
				assertThat(busy.getStatusCode().value()).isEqualTo(503);
				assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("1");
			});
		assertThat(votes.count(post.id())).isEqualTo(1);
	}

	private static VoteWriter.Ballot ballot(Post post, SignedInMember member, boolean cast) {
		return new VoteWriter.Ballot(new Votes.Key(post.id(), member.id()), cast);
	}

	@Test
	void refusesVotesOnMissingPostsAndFromAnonymousClients() {
		Post post = community.post(community.product(), community.fan());
		String token = community.token(community.fan());
		assertThat(mvc.put().uri("/api/v1/posts/987654321/vote").header("Authorization", "Bearer " + token))
			.hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.delete().uri("/api/v1/posts/987654321/vote").header("Authorization", "Bearer " + token))
			.hasStatus(404);
		assertThat(mvc.put().uri("/api/v1/posts/{id}/vote", post.id())).hasStatus(401);
		assertThat(mvc.delete().uri("/api/v1/posts/{id}/vote", post.id())).hasStatus(401);
		assertThat(votes.count(post.id())).isEqualTo(1);
	}

	@Test
	void countsExactlyWhenAThousandMembersVoteOnOnePostAtOnce() throws Exception {
		Post post = community.post(community.product(), community.fan());
		List<SignedInMember> fans = IntStream.range(0, 1000).parallel().mapToObj(i -> community.fan()).toList();
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(32)) {
			List<Future<?>> done = new ArrayList<>();
			for (SignedInMember fan : fans) {
				done.add(threads.submit(() -> {
					start.await();
					votes.cast(post.id(), fan);
					// A double click, and every tenth member changes their mind.
					votes.cast(post.id(), fan);
					if (fan.id() % 10 == 0) {
						votes.withdraw(post.id(), fan);
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get();
			}
		}
		long withdrawn = fans.stream().filter(fan -> fan.id() % 10 == 0).count();
		long expected = 1 + fans.size() - withdrawn;
		assertThat(votes.count(post.id())).isEqualTo(expected);
		assertThat(votedRows(post.id())).isEqualTo(expected);
		assertThat(jdbc.sql("select vote_count from posts where id = :id")
			.param("id", post.id())
			.query(Long.class)
			.single()).isEqualTo(expected);
	}

	@Test
	void countsExactlyWhenMembersVoteOverHttpAtOnce() throws Exception {
		Post post = community.post(community.product(), community.fan());
		List<String> tokens = IntStream.range(0, 200)
			.parallel()
			.mapToObj(i -> community.token(community.fan()))
			.toList();
		HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
		URI uri = URI.create("http://localhost:" + port + "/api/v1/posts/" + post.id() + "/vote");
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService threads = Executors.newFixedThreadPool(64)) {
			for (String token : tokens) {
				threads.submit(() -> statuses.add(http.send(HttpRequest.newBuilder(uri)
					.PUT(HttpRequest.BodyPublishers.noBody())
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
			}
		}
		assertThat(statuses).hasSize(200).containsOnly(200);
		assertThat(votes.count(post.id())).isEqualTo(201);
	}

	@Test
	void readsStayExactWhileVotesArrive() throws Exception {
		Post post = community.post(community.product(), community.fan());
		List<SignedInMember> fans = IntStream.range(0, 600).parallel().mapToObj(i -> community.fan()).toList();
		ConcurrentLinkedQueue<SignedInMember> queue = new ConcurrentLinkedQueue<>(fans);
		AtomicLong acknowledged = new AtomicLong();
		AtomicBoolean voting = new AtomicBoolean(true);
		int writers = 4;
		List<String> wrongReads = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService threads = Executors.newFixedThreadPool(writers + 1)) {
			List<Future<?>> writing = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				writing.add(threads.submit(() -> {
					SignedInMember fan;
					while ((fan = queue.poll()) != null) {
						votes.cast(post.id(), fan);
						acknowledged.incrementAndGet();
					}
				}));
			}
			Future<?> reading = threads.submit(() -> {
				while (voting.get()) {
					long before = acknowledged.get();
					long count = votes.count(post.id()) - 1;
					long after = acknowledged.get();
					// At most the writers' votes in flight may be committed but not yet
					// acknowledged.
					if (count < before || count > after + writers) {
						wrongReads.add("read " + count + " between " + before + " and " + after);
					}
				}
			});
			for (Future<?> future : writing) {
				future.get();
			}
			voting.set(false);
			reading.get();
		}
		assertThat(wrongReads).isEmpty();
		assertThat(votes.count(post.id())).isEqualTo(601);
	}

	@Test
	void aGroupMovesTheCountAndTheTrendingKeyWithItsVotes() {
		Post post = community.post(community.product(), community.fan());
		List<SignedInMember> fans = IntStream.range(0, 6).mapToObj(i -> community.fan()).toList();
		fans.forEach(fan -> votes.cast(post.id(), fan));
		votes.withdraw(post.id(), fans.getFirst());
		assertThat(jdbc.sql("select vote_count from posts where id = :id")
			.param("id", post.id())
			.query(Long.class)
			.single()).isEqualTo(6).isEqualTo(votedRows(post.id()));
		double trending = jdbc.sql("select trending from posts where id = :id")
			.param("id", post.id())
			.query(Double.class)
			.single();
		double expected = Math.log(1 + 6) / Math.log(2) + post.createdAt().toEpochMilli() / 1000.0 / 604800.0;
		assertThat(trending).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
	}

	private long votedRows(long postId) {
		return jdbc.sql("select count(*) from votes where post_id = :id")
			.param("id", postId)
			.query(Long.class)
			.single();
	}

}
