package org.fanloop.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import org.fanloop.ChildFanloop;
import org.fanloop.webhooks.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing acknowledged is lost when the process dies: Fanloop runs in a child JVM on its
 * embedded H2 file, a beta build is published, and the process is killed (SIGKILL) while
 * the webhook delivery is in flight and the fan-out is under way. After a restart on the
 * same data every asker has exactly one notification, the opted-in email arrives and the
 * webhook gets its signed delivery.
 */
class CrashRecoveryIntegrationTests {

	private static final String SECRET = "the-crash-test-secret";

	@TempDir
	Path data;

	private final CountDownLatch release = new CountDownLatch(1);

	private final List<String> deliveries = new CopyOnWriteArrayList<>();

	private HttpServer receiver;

	private GreenMail smtp;

	private ChildFanloop fanloop;

	@AfterEach
	void stopEverything() {
		release.countDown();
		if (fanloop != null) {
			fanloop.close();
		}
		if (receiver != null) {
			receiver.stop(0);
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void aKilledProcessLosesNoNotificationEmailOrWebhook() throws Exception {
		startReceiver();
		smtp = new GreenMail(new ServerSetup(ChildFanloop.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		int port = ChildFanloop.freePort();
		fanloop = ChildFanloop.start(data, "crash-test", "--fanloop.notifications.base-url=http://127.0.0.1:" + port,
				"--fanloop.notifications.batch-size=2", "--fanloop.notifications.work-interval=100ms",
				"--fanloop.notifications.claim-timeout=1s", "--fanloop.webhooks.claim-timeout=1s",
				"--fanloop.webhooks.work-interval=100ms", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort());
		ChildFanloop.Api api = fanloop.api();
		String admin = api.adminOfNova();
		api.call("POST", "/api/v1/webhooks", admin, """
				{"url": "%s", "secret": "%s"}""".formatted(receiverUrl(), SECRET));
		String author = api.signUp("author");
		long post = api.id(api.call("POST", "/api/v1/products/nova/posts", author, """
				{"kind": "idea", "title": "Survive a crash"}"""));
		List<String> voters = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			String voter = api.signUp("voter" + i);
			api.call("PUT", "/api/v1/posts/" + post + "/vote", voter, "");
			voters.add(voter);
		}
		api.call("PUT", "/api/v1/me/preferences", voters.getFirst(), """
				{"emailOnStatus": false, "emailOnAnswers": false, "emailOnReleases": true}""");
		long build = api.id(api.call("POST", "/api/v1/products/nova/builds", admin, """
				{"version": "1.0-beta", "channel": "beta", "posts": [%d]}""".formatted(post)));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> deliveries.stream().anyMatch(d -> d.contains("post.created")));
		deliveries.clear();

		api.call("POST", "/api/v1/builds/" + build + "/publish", admin, "");
		// The webhook receiver holds the first delivery open: the process dies with it in
		// flight.
		await().atMost(Duration.ofSeconds(20)).until(() -> !deliveries.isEmpty());
		fanloop.kill();

		Unfinished before = unfinished(build);
		System.out.println("Left undone by the killed process: " + before);
		assertThat(before.undeliveredHooks()).as("webhook deliveries in flight at the crash").isPositive();

		deliveries.clear();
		release.countDown();
		fanloop.restart("crash-test-2");
		List<String> askers = new ArrayList<>(voters);
		askers.add(author);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(api.call("GET", "/api/v1/builds/" + build, admin, "")).contains("\"done\":true");
			assertThat(api.call("GET", "/api/v1/webhooks/1/deliveries", admin, "")).doesNotContain("\"pending\"",
					"\"sending\"", "\"failed\"");
			// The one member who asked for it gets the email; a crash between the SMTP
			// server taking it and the row saying so sends it once more (the documented
			// at-least-once), never to anybody else.
			assertThat(org.fanloop.Mails.notifications(smtp)).hasSizeBetween(1, 2)
				.allSatisfy(mail -> assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("voter0@example.test"));
		});
		for (String asker : askers) {
			assertThat(api.call("GET", "/api/v1/me/notifications", asker, "").split("\"buildId\":" + build))
				.as("one notification of the build per asker")
				.hasSize(2);
		}
		assertThat(deliveries)
			.anySatisfy(delivery -> assertThat(delivery).startsWith("signed ").contains("build.published"));

		// Second crash, right after a change is acknowledged: its events are stored with
		// it, and
		// whatever their listeners had not finished is delivered again when Fanloop
		// restarts.
		api.call("POST", "/api/v1/posts/" + post + "/status", admin, """
				{"status": "under_review", "note": "Looking at the crash reports."}""");
		fanloop.kill();
		System.out.println("Event publications not completed at the second crash: " + incompleteEvents());
		fanloop.restart("crash-test-3");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.call("GET", "/api/v1/me/notifications", author, ""))
				.contains("is now Under review"));
		assertThat(api.call("GET", "/api/v1/me/notifications", author, "").split("is now Under review")).hasSize(2);

		fanloop.stop();
		Unfinished after = unfinished(build);
		assertThat(after.notified()).as("notification rows of the build").isEqualTo(askers.size());
		assertThat(after.undeliveredHooks()).isZero();
		assertThat(after.openFanouts()).isZero();
		assertThat(incompleteEvents()).as("event publications left open by an orderly stop: %s", openEvents()).isZero();
	}

	private String openEvents() throws Exception {
		try (Connection db = fanloop.database();
				var rows = db.createStatement()
					.executeQuery(
							"select listener_id, event_type from event_publication where completion_date is null")) {
			List<String> open = new ArrayList<>();
			while (rows.next()) {
				open.add(rows.getString(1) + " <- " + rows.getString(2));
			}
			return open.toString();
		}
	}

	private long incompleteEvents() throws Exception {
		try (Connection db = fanloop.database()) {
			return ChildFanloop.count(db, "select count(*) from event_publication where completion_date is null");
		}
	}

	/** What the dead process left undone, read straight from its database file. */
	private Unfinished unfinished(long build) throws Exception {
		try (Connection db = fanloop.database()) {
			return new Unfinished(
					ChildFanloop.count(db,
							"select count(*) from notifications where dedupe_key = 'build:" + build + "'"),
					ChildFanloop.count(db, "select count(*) from webhook_deliveries where state <> 'delivered'"),
					ChildFanloop.count(db, "select count(*) from fanouts where phase <> 'done'"));
		}
	}

	private void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		receiver.createContext("/hook", exchange -> {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String signature = exchange.getRequestHeaders().getFirst("X-Fanloop-Signature");
			long timestamp = Long.parseLong(signature.split(",")[0].substring(2));
			boolean valid = signature.endsWith("v1=" + WebhookSignature.sign(SECRET, timestamp, body));
			deliveries.add((valid ? "signed " : "UNSIGNED ") + body);
			if (body.contains("build.published")) {
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
	}

	private String receiverUrl() {
		return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
	}

	record Unfinished(long notified, long undeliveredHooks, long openFanouts) {
	}

}
