package org.fanloop.voting;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.fanloop.ChildFanloop;
import org.fanloop.Community;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A vote that was answered survives a crash: thousands of members vote on one post at
 * once, Fanloop (a child JVM on its embedded H2 file) is killed in the middle, and every
 * acknowledged vote is in the database, counted once, and the count shown after the
 * restart is the number of votes.
 */
class VoteCrashIntegrationTests {

	private static final int MEMBERS = 5_000;

	@TempDir
	Path data;

	private ChildFanloop fanloop;

	@AfterEach
	void stop() {
		if (fanloop != null) {
			fanloop.close();
		}
	}

	@Test
	void everyAcknowledgedVoteSurvivesAKillInTheMiddleOfAVoteStorm() throws Exception {
		fanloop = ChildFanloop.start(data, "vote-crash");
		ChildFanloop.Api api = fanloop.api();
		String admin = api.adminOfNova();
		long post = api.id(api.call("POST", "/api/v1/products/nova/posts", api.signUp("author"), """
				{"kind": "idea", "title": "Count every vote"}"""));
		fanloop.stop();
		List<Voter> voters = loadVoters();
		fanloop.restart("vote-crash-2");

		Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicInteger next = new AtomicInteger();
		try (ExecutorService clients = Executors.newFixedThreadPool(32)) {
			for (int c = 0; c < 32; c++) {
				clients.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < voters.size()) {
						Voter voter = voters.get(i);
						try {
							if (api.send("PUT", "/api/v1/posts/" + post + "/vote", voter.token(), "")
								.statusCode() == 200) {
								acknowledged.add(voter.id());
							}
						}
						catch (IOException ex) {
							return null; // the server is gone
						}
					}
					return null;
				});
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= MEMBERS / 5);
			fanloop.kill();
		}
		assertThat(acknowledged.size()).as("the kill came in the middle of the storm").isLessThan(MEMBERS);

		long stored;
		try (Connection db = fanloop.database()) {
			Set<Long> votedFor = new HashSet<>();
			try (ResultSet rows = db.createStatement()
				.executeQuery("select member_id from votes where post_id = " + post)) {
				while (rows.next()) {
					votedFor.add(rows.getLong(1));
				}
			}
			assertThat(votedFor).as("every acknowledged vote").containsAll(acknowledged);
			stored = votedFor.size();
			long counted = ChildFanloop.count(db, "select vote_count from posts where id = " + post);
			assertThat(counted).as("the post's count counts each stored vote once").isEqualTo(stored);
		}
		System.out.printf("Acknowledged %,d votes before the kill; %,d stored%n", acknowledged.size(), stored);

		fanloop.restart("vote-crash-3");
		String shown = api.call("GET", "/api/v1/posts/" + post, null, "");
		assertThat(Long.parseLong(shown.replaceAll("(?s).*\"voteCount\":(\\d+).*", "$1"))).isEqualTo(stored);
	}

	/**
	 * Members and tokens straight into the stopped installation's database: signing
	 * thousands up through the API would be most of the test.
	 */
	private List<Voter> loadVoters() throws Exception {
		List<Voter> voters = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		try (Connection db = fanloop.database()) {
			db.setAutoCommit(false);
			try (PreparedStatement member = db.prepareStatement(
					"insert into members (username, email, password_hash, admin, created_at) values (?, ?, '{noop}-', false, ?)",
					new String[] { "id" });
					PreparedStatement token = db.prepareStatement(
							"insert into access_tokens (member_id, token_hash, created_at) values (?, ?, ?)")) {
				for (int i = 0; i < MEMBERS; i++) {
					member.setString(1, "storm" + i);
					member.setString(2, "storm" + i + "@example.test");
					member.setObject(3, now);
					member.executeUpdate();
					long id;
					try (ResultSet keys = member.getGeneratedKeys()) {
						keys.next();
						id = keys.getLong(1);
					}
					String value = "flp_storm_" + i;
					token.setLong(1, id);
					token.setString(2, Community.tokenHash(value));
					token.setObject(3, now);
					token.executeUpdate();
					voters.add(new Voter(id, value));
				}
			}
			db.commit();
		}
		return voters;
	}

	private record Voter(long id, String token) {
	}

}
