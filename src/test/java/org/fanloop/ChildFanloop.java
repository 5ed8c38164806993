package org.fanloop;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fanloop in a child JVM on its embedded H2 file (or on the database its arguments name),
 * for tests that kill it (SIGKILL) and start it again on the same data, or run several
 * nodes side by side. Its admin is {@code root} / {@value #ADMIN_PASSWORD}.
 */
public final class ChildFanloop implements AutoCloseable {

	public static final String ADMIN_PASSWORD = "admin-of-the-crash-tests";

	/** Every member the crash tests sign up has this one. */
	public static final String MEMBER_PASSWORD = "violet tram ladder";

	private final Path data;

	private final int port;

	private final List<String> arguments;

	private Process process;

	private ChildFanloop(Path data, int port, List<String> arguments) {
		this.data = data;
		this.port = port;
		this.arguments = arguments;
	}

	/**
	 * Starts Fanloop on a free port with its data under {@code data}, these extra
	 * arguments, and its output in {@code target/<name>-1.log}, {@code -2.log} … per
	 * start.
	 */
	public static ChildFanloop start(Path data, String name, String... arguments) throws IOException {
		ChildFanloop fanloop = new ChildFanloop(data, freePort(), List.of(arguments));
		fanloop.start(name + "-1");
		return fanloop;
	}

	/** Starts it again on the same data and port, after a kill or a stop. */
	public void restart(String logName) throws IOException {
		assertThat(process.isAlive()).as("still running").isFalse();
		start(logName);
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
		assertThat(process.isAlive()).isFalse();
	}

	/** An orderly shutdown. */
	public void stop() throws InterruptedException {
		process.destroy();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
	}

	@Override
	public void close() {
		if (process != null) {
			process.destroyForcibly();
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public Api api() {
		return new Api(baseUrl());
	}

	/** The database file, opened directly: only while the process is not running. */
	public Connection database() throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("fanloop"), "sa", "");
	}

	public static long count(Connection db, String sql) throws SQLException {
		try (ResultSet rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void start(String logName) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				"org.fanloop.FanloopApplication", "--server.port=" + port, "--fanloop.data-dir=" + data));
		// Defaults a test may override: a setting given twice on the command line is
		// read as both values joined by a comma.
		for (String setting : List.of("--fanloop.admin.username=root", "--fanloop.admin.password=" + ADMIN_PASSWORD,
				"--fanloop.accounts.sign-in-attempts-per-minute=100000",
				"--fanloop.webhooks.allowed-hosts=127.0.0.1")) {
			String key = setting.substring(0, setting.indexOf('=') + 1);
			if (arguments.stream().noneMatch(argument -> argument.startsWith(key))) {
				command.add(setting);
			}
		}
		command.addAll(arguments);
		File log = Path.of("target", logName + ".log").toFile();
		Process started = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		process = started;
		HttpClient probe = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
			assertThat(started.isAlive()).as("Fanloop died; see " + log).isTrue();
			try {
				return probe
					.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/** Fanloop's own API, as any client calls it. */
	public static final class Api {

		private final String base;

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		Api(String base) {
			this.base = base;
		}

		public String signUp(String name) throws Exception {
			call("POST", "/api/v1/members", null, """
					{"username": "%s", "email": "%s@example.test", "password": "%s"}""".formatted(name, name,
					MEMBER_PASSWORD));
			return token(name, MEMBER_PASSWORD);
		}

		/**
		 * The admin's token, once the product {@code nova} that the child-process tests
		 * post to exists.
		 */
		public String adminOfNova() throws Exception {
			String admin = token("root", ADMIN_PASSWORD);
			call("POST", "/api/v1/products", admin, """
					{"slug": "nova", "name": "Nova"}""");
			return admin;
		}

		public String token(String username, String password) throws Exception {
			return call("POST", "/api/v1/tokens", null, """
					{"username": "%s", "password": "%s"}""".formatted(username, password))
				.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		}

		/** The call's body; fails unless it answers 2xx. */
		public String call(String method, String path, String token, String json) throws Exception {
			HttpResponse<String> response = send(method, path, token, json);
			assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
			return response.body();
		}

		public HttpResponse<String> send(String method, String path, String token, String json)
				throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(json));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		public long id(String json) {
			return Long
				.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		}

	}

}
