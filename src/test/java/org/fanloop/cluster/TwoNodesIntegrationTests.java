package org.fanloop.cluster;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.fanloop.ChildFanloop;
import org.fanloop.Mails;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Fanloop nodes, each in its own JVM, on one PostgreSQL database, with Redis for the
 * sign-in buckets and RabbitMQ for the broadcast of stale cache entries, as two nodes
 * behind a load balancer: what one node does, the other sees at once; votes through both
 * count exactly; a guesser gets one allowance; each notification arrives once, even when
 * a node dies in the middle of a fan-out. Runs with the PostgreSQL suite
 * ({@code -Ppostgres}), which has those services.
 */
@EnabledIfSystemProperty(named = "fanloop.test.services", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIntegrationTests {

	private static final String DATABASE = "fanloop_two_nodes";

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	/** Each node's own data folder (its search index); made in {@link #startTwoNodes}. */
	private Path dataA;

	private Path dataB;

	private GreenMail smtp;

	private ChildFanloop a;

	private ChildFanloop b;

	private String admin;

	@BeforeAll
	void startTwoNodes() throws Exception {
		try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
			server.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
			server.createStatement().execute("create database " + DATABASE);
		}
		dataA = java.nio.file.Files.createTempDirectory("fanloop-node-a");
		dataB = java.nio.file.Files.createTempDirectory("fanloop-node-b");
		smtp = new GreenMail(new ServerSetup(ChildFanloop.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		a = ChildFanloop.start(dataA, "node-a", node("a"));
		b = ChildFanloop.start(dataB, "node-b", node("b"));
		admin = a.api().adminOfNova();
	}

	@AfterAll
	void stopEverything() {
		for (AutoCloseable closing : new AutoCloseable[] { a, b }) {
			try {
				if (closing != null) {
					closing.close();
				}
			}
			catch (Exception ex) {
				// the other still closes
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	private String[] node(String name) {
		return new String[] { "--spring.datasource.url=" + SERVER + DATABASE, "--spring.datasource.username=postgres",
				"--spring.datasource.hikari.data-source-properties.ApplicationName=fanloop-node-" + name,
				"--fanloop.cluster.redis=redis://127.0.0.1:6379", "--fanloop.cluster.rabbitmq=true",
				"--spring.rabbitmq.host=127.0.0.1", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--fanloop.notifications.batch-size=4",
				"--fanloop.notifications.work-interval=100ms", "--fanloop.notifications.claim-timeout=2s",
				"--fanloop.posts.signed-out-cache=0s", "--fanloop.accounts.failed-sign-ins-per-account=3" };
	}

	@Test
	@Order(1)
	void aTokenRevokedOnOneNodeIsRefusedOnTheOtherWithinASecond() throws Exception {
		String name = unique("revoker");
		String revoked = a.api().signUp(name);
		String kept = a.api().token(name, ChildFanloop.MEMBER_PASSWORD);
		// Node B now remembers who holds the first token (for a minute, without the
		// broadcast).
		assertThat(b.api().send("GET", "/api/v1/me/tokens", revoked, "").statusCode()).isEqualTo(200);
		long oldest = ids(a.api().call("GET", "/api/v1/me/tokens", kept, "")).stream().min(Long::compare).orElseThrow();

		a.api().call("DELETE", "/api/v1/me/tokens/" + oldest, kept, "");
		long start = System.nanoTime();
		await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> b.api().send("GET", "/api/v1/me/tokens", revoked, "").statusCode() == 401);
		System.out.printf("Node B refused the token revoked on node A after %d ms%n",
				Duration.ofNanos(System.nanoTime() - start).toMillis());
		assertThat(b.api().send("GET", "/api/v1/me/tokens", kept, "").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void aProductRenamedOnOneNodeShowsOnTheOther() throws Exception {
		String slug = unique("band");
		a.api().call("POST", "/api/v1/products", admin, """
				{"slug": "%s", "name": "Pulse Band"}""".formatted(slug));
		assertThat(b.api().call("GET", "/api/v1/products/" + slug, null, "")).contains("\"name\":\"Pulse Band\"");

		a.api().call("PATCH", "/api/v1/products/" + slug, admin, """
				{"name": "Pulse Band 2"}""");
		await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(20))
			.untilAsserted(() -> assertThat(b.api().call("GET", "/api/v1/products/" + slug, null, ""))
				.contains("\"name\":\"Pulse Band 2\""));
		assertThat(b.api().send("GET", "/products/" + slug, null, "").body()).contains("Pulse Band 2");
	}

	@Test
	@Order(3)
	void aPostWrittenOnOneNodeIsFoundOnTheOther() throws Exception {
		String word = "glimmer" + Long.toString(System.nanoTime() % 1_000_000, 36).replaceAll("[0-9]", "");
		String author = a.api().signUp(unique("writer"));
		long post = a.api().id(a.api().call("POST", "/api/v1/products/nova/posts", author, """
				{"kind": "idea", "title": "A %s for the lock screen"}""".formatted(word)));
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(b.api().call("GET", "/api/v1/search?q=" + word, null, ""))
				.contains("\"id\":" + post));
	}

	@Test
	@Order(3)
	void votesThroughBothNodesCountExactly() throws Exception {
		String author = a.api().signUp(unique("author"));
		long post = a.api().id(a.api().call("POST", "/api/v1/products/nova/posts", author, """
				{"kind": "idea", "title": "Count me on every node"}"""));
		List<String> voters = signUp("fan", 24);
		// Every voter votes through both nodes at once: 48 requests, 24 distinct votes.
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<HttpResponse<String>>> calls = new ArrayList<>();
			for (String voter : voters) {
				for (ChildFanloop node : List.of(a, b)) {
					calls.add(
							clients.submit(() -> node.api().send("PUT", "/api/v1/posts/" + post + "/vote", voter, "")));
				}
			}
			for (Future<HttpResponse<String>> call : calls) {
				assertThat(call.get().statusCode()).as(call.get().body()).isLessThan(300);
			}
		}
		// The author's own vote and the 24.
		for (ChildFanloop node : List.of(a, b)) {
			assertThat(node.api().call("GET", "/api/v1/posts/" + post, null, "")).contains("\"voteCount\":25");
		}
		try (Connection db = database()) {
			assertThat(count(db, "select vote_count from posts where id = " + post)).isEqualTo(25);
			assertThat(count(db, "select count(*) from votes where post_id = " + post)).isEqualTo(25);
		}
	}

	@Test
	@Order(4)
	void aGuesserGetsOneAllowanceAcrossTheNodes() throws Exception {
		String victim = unique("victim");
		a.api().signUp(victim);
		String wrong = """
				{"username": "%s", "password": "not the password"}""".formatted(victim);
		assertThat(a.api().send("POST", "/api/v1/tokens", null, wrong).statusCode()).isEqualTo(401);
		assertThat(a.api().send("POST", "/api/v1/tokens", null, wrong).statusCode()).isEqualTo(401);
		assertThat(b.api().send("POST", "/api/v1/tokens", null, wrong).statusCode()).isEqualTo(401);
		// Three failures in all: node B has seen one, but the bucket is shared.
		String right = """
				{"username": "%s", "password": "%s"}""".formatted(victim, ChildFanloop.MEMBER_PASSWORD);
		HttpResponse<String> refused = b.api().send("POST", "/api/v1/tokens", null, right);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(a.api().send("POST", "/api/v1/tokens", null, right).statusCode()).isEqualTo(429);
	}

	/**
	 * The node that is writing a batch of a build's fan-out dies with the batch half
	 * written and the job locked: the other takes the job over where the last committed
	 * batch left it, and every asker hears once (the inbox and, opted in, by email).
	 */
	@Test
	@Order(5)
	void aNodeKilledMidFanOutIsFinishedByTheOther() throws Exception {
		String author = a.api().signUp(unique("asker"));
		long post = a.api().id(a.api().call("POST", "/api/v1/products/nova/posts", author, """
				{"kind": "idea", "title": "Ship it on both nodes"}"""));
		List<Member> voters = members("voter", 20);
		for (int i = 0; i < voters.size(); i++) {
			(i % 2 == 0 ? a : b).api().call("PUT", "/api/v1/posts/" + post + "/vote", voters.get(i).token(), "");
		}
		// The last three to sign up hear by email too; the fan-out reaches them after the
		// crash (members in the order they joined).
		List<Member> mailed = voters.subList(voters.size() - 3, voters.size());
		for (Member voter : mailed) {
			a.api().call("PUT", "/api/v1/me/preferences", voter.token(), """
					{"emailOnStatus": false, "emailOnAnswers": false, "emailOnReleases": true}""");
		}
		long build = a.api().id(a.api().call("POST", "/api/v1/products/nova/builds", admin, """
				{"version": "2.0-beta", "channel": "beta", "posts": [%d]}""".formatted(post)));

		try (Connection held = database()) {
			// A notification of the build for the 13th asker, written and not committed:
			// the node that reaches that asker waits on it, holding the job.
			held.setAutoCommit(false);
			List<Long> askers = new ArrayList<>();
			try (ResultSet rows = held.createStatement().executeQuery("""
					select member_id from votes where post_id = %d
					union select author_id from posts where id = %d order by 1""".formatted(post, post))) {
				while (rows.next()) {
					askers.add(rows.getLong(1));
				}
			}
			assertThat(askers).hasSize(21);
			try (PreparedStatement hold = held.prepareStatement("""
					insert into notifications (member_id, dedupe_key, kind, title, link, created_at, email_state,
					                           email_attempts)
					values (?, ?, 'build', 'held by the test', '/', current_timestamp, 'none', 0)""")) {
				hold.setLong(1, askers.get(12));
				hold.setString(2, "build:" + build);
				hold.executeUpdate();
			}

			a.api().call("POST", "/api/v1/builds/" + build + "/publish", admin, "");
			String[] waiting = new String[1];
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
				try (Connection probe = database(); ResultSet rows = probe.createStatement().executeQuery("""
						select application_name from pg_stat_activity
						where wait_event_type = 'Lock' and application_name like 'fanloop-node-%'""")) {
					waiting[0] = rows.next() ? rows.getString(1) : null;
				}
				return waiting[0] != null;
			});
			ChildFanloop dying = waiting[0].endsWith("-a") ? a : b;
			ChildFanloop survivor = (dying == a) ? b : a;
			try (Connection db = database()) {
				assertThat(count(db, "select notified from fanouts where build_id = " + build))
					.as("batches committed before the crash")
					.isPositive();
			}
			dying.kill();
			System.out.println("Killed " + waiting[0] + " in the middle of the fan-out");
			held.rollback();

			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(survivor.api().call("GET", "/api/v1/builds/" + build, admin, ""))
					.contains("\"done\":true"));
			try (Connection db = database()) {
				assertThat(count(db, "select count(*) from notifications where dedupe_key = 'build:" + build + "'"))
					.isEqualTo(askers.size());
				assertThat(count(db, """
						select count(distinct member_id) from notifications where dedupe_key = 'build:%d'"""
					.formatted(build))).isEqualTo(askers.size());
			}
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Mails.notifications(smtp)).hasSize(3));
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : Mails.notifications(smtp)) {
			recipients.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
		}
		assertThat(recipients).containsExactlyInAnyOrderElementsOf(mailed.stream().map(Member::email).toList());
	}

	/** A member signed up by the test: their username and API token. */
	record Member(String name, String token) {

		String email() {
			return name + "@example.test";
		}

	}

	/** Signs up {@code count} members, in turn through each node. */
	private List<Member> members(String prefix, int count) throws Exception {
		List<Member> members = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = unique(prefix);
			members.add(new Member(name, (i % 2 == 0 ? a : b).api().signUp(name)));
		}
		return members;
	}

	/** Signs up {@code count} members, in turn through each node; their tokens. */
	private List<String> signUp(String prefix, int count) throws Exception {
		return members(prefix, count).stream().map(Member::token).toList();
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
	}

	private static List<Long> ids(String json) {
		List<Long> ids = new ArrayList<>();
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
		while (id.find()) {
			ids.add(Long.parseLong(id.group(1)));
		}
		return ids;
	}

	private static Connection database() throws SQLException {
		return DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (ResultSet rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
