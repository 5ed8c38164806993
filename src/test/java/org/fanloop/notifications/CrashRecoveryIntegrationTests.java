package org.fanloop.notifications;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final CountDownLatch release = new CountDownLatch(1);

	private final List<String> deliveries = new CopyOnWriteArrayList<>();

	private HttpServer receiver;

	private GreenMail smtp;

	private Process fanloop;

	@AfterEach
	void stopEverything() {
		release.countDown();
		if (fanloop != null) {
			fanloop.destroyForcibly();
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
		smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		int port = freePort();
		String base = "http://127.0.0.1:" + port;

		fanloop = start(port, "first");
		Api api = new Api(base);
		String admin = api.token("root", "root-password-for-crashes");
		api.call("POST", "/api/v1/products", admin, """
				{"slug": "nova", "name": "Nova"}""");
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
		fanloop.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
		assertThat(fanloop.isAlive()).isFalse();

		Unfinished before = unfinished(build);
		System.out.println("Left undone by the killed process: " + before);
		assertThat(before.undeliveredHooks()).as("webhook deliveries in flight at the crash").isPositive();

		deliveries.clear();
		release.countDown();
		fanloop = start(port, "second");
		List<String> askers = new ArrayList<>(voters);
		askers.add(author);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(api.call("GET", "/api/v1/builds/" + build, admin, "")).contains("\"done\":true");
			assertThat(api.call("GET", "/api/v1/webhooks/1/deliveries", admin, "")).doesNotContain("\"pending\"",
					"\"sending\"", "\"failed\"");
			assertThat(smtp.getReceivedMessages()).hasSize(1);
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
		fanloop.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
		System.out.println("Event publications not completed at the second crash: " + incompleteEvents());
		fanloop = start(port, "third");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.call("GET", "/api/v1/me/notifications", author, ""))
				.contains("is now Under review"));
		assertThat(api.call("GET", "/api/v1/me/notifications", author, "").split("is now Under review")).hasSize(2);

		fanloop.destroy();
		fanloop.waitFor(30, TimeUnit.SECONDS);
		Unfinished after = unfinished(build);
		assertThat(after.notified()).as("notification rows of the build").isEqualTo(askers.size());
		assertThat(after.undeliveredHooks()).isZero();
		assertThat(after.openFanouts()).isZero();
		assertThat(incompleteEvents()).isZero();
	}

	private long incompleteEvents() throws Exception {
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("fanloop"), "sa", "")) {
			return count(db, "select count(*) from event_publication where completion_date is null");
		}
	}

	private Process start(int port, String name) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
				"org.fanloop.FanloopApplication", "--server.port=" + port, "--fanloop.data-dir=" + data,
				"--fanloop.admin.username=root", "--fanloop.admin.password=root-password-for-crashes",
				"--fanloop.accounts.sign-in-attempts-per-minute=1000",
				"--fanloop.notifications.base-url=http://127.0.0.1:" + port, "--fanloop.notifications.batch-size=2",
				"--fanloop.notifications.work-interval=100ms", "--fanloop.notifications.claim-timeout=1s",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort());
		File log = Path.of("target", "crash-test-" + name + ".log").toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		HttpClient probe = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
			assertThat(process.isAlive()).as("Fanloop died; see " + log).isTrue();
			try {
				return probe
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
		return process;
	}

	/** What the dead process left undone, read straight from its database file. */
	private Unfinished unfinished(long build) throws Exception {
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("fanloop"), "sa", "")) {
			return new Unfinished(
					count(db, "select count(*) from notifications where dedupe_key = 'build:" + build + "'"),
					count(db, "select count(*) from webhook_deliveries where state <> 'delivered'"),
					count(db, "select count(*) from fanouts where phase <> 'done'"));
		}
	}

	private static long count(Connection db, String sql) throws Exception {
		try (ResultSet rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
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
			boolean valid = signature.endsWith("v1=" + WebhookSender.sign(SECRET, timestamp, body));
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

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	record Unfinished(long notified, long undeliveredHooks, long openFanouts) {
	}

	/** Fanloop's own API, as any client calls it. */
	private final class Api {

		private final String base;

		Api(String base) {
			this.base = base;
		}

		String signUp(String name) throws Exception {
			call("POST", "/api/v1/members", null, """
					{"username": "%s", "email": "%s@example.test", "password": "password-%s"}""".formatted(name, name,
					name));
			return token(name, "password-" + name);
		}

		String token(String username, String password) throws Exception {
			return call("POST", "/api/v1/tokens", null, """
					{"username": "%s", "password": "%s"}""".formatted(username, password))
				.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		}

		String call(String method, String path, String token, String json) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(json));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
			return response.body();
		}

		long id(String json) {
			return Long
				.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		}

	}

}
