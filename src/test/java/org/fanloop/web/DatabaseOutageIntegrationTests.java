package org.fanloop.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;

import org.fanloop.TcpRelay;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running Fanloop (a relay between them is cut): API calls
 * answer 503 problem+json with Retry-After within seconds, pages a readable 503 page, the
 * health endpoint says the database is down; when it is back, so is Fanloop. On H2 the
 * database is an H2 TCP server, on PostgreSQL the test server (its own database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DatabaseOutageIntegrationTests.CleanSchema.class)
class DatabaseOutageIntegrationTests {

	private static final boolean POSTGRES = System.getProperty("fanloop.test.datasource.url", "")
		.startsWith("jdbc:postgresql:");

	private static Server h2;

	private static TcpRelay relay;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void throughTheRelay(DynamicPropertyRegistry registry) throws Exception {
		if (POSTGRES) {
			try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
					"")) {
				var exists = connection.createStatement()
					.executeQuery("select 1 from pg_database where datname = 'fanloop_outage'");
				if (!exists.next()) {
					connection.createStatement().execute("create database fanloop_outage");
				}
			}
			relay = new TcpRelay("127.0.0.1", 5432);
			registry.add("spring.datasource.url",
					() -> "jdbc:postgresql://127.0.0.1:" + relay.port() + "/fanloop_outage");
		}
		else {
			h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
			relay = new TcpRelay("127.0.0.1", h2.getPort());
			registry.add("spring.datasource.url",
					() -> "jdbc:h2:tcp://127.0.0.1:" + relay.port() + "/mem:outage;DB_CLOSE_DELAY=-1");
		}
	}

	/** Its own database, emptied first; no mail server (the suite's is in use). */
	@TestConfiguration(proxyBeanMethods = false)
	static class CleanSchema {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return flyway -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

	@AfterAll
	static void stop() throws Exception {
		relay.close();
		if (h2 != null) {
			h2.stop();
		}
	}

	@Test
	void aDatabaseOutageIsA503WithRetryAfterAndFanloopComesBackWithIt() throws Exception {
		assertThat(get("/api/v1/products", "application/json").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health", "application/json").statusCode()).isEqualTo(200);

		relay.cut();
		try {
			Instant start = Instant.now();
			HttpResponse<String> api = get("/api/v1/products", "application/json");
			Duration waited = Duration.between(start, Instant.now());
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).get()
				.asString()
				.startsWith("application/problem+json");
			assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(api.body()).contains("\"status\":503", "database").doesNotContain("Exception");
			assertThat(waited).as("answered within the pool's bounded wait").isLessThan(Duration.ofSeconds(10));

			HttpResponse<String> signUp = send("POST", "/api/v1/members", """
					{"username": "outage-fan", "email": "outage@example.test", "password": "a-long-passphrase-1"}""");
			assertThat(signUp.statusCode()).isEqualTo(503);

			HttpResponse<String> page = get("/", "text/html");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("<html").doesNotContain("Exception");

			HttpResponse<String> health = get("/actuator/health", "application/json");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"db\":{\"status\":\"DOWN\"}");
		}
		finally {
			relay.restore();
		}
		// The pool reconnects within a few seconds of the database's return.
		Instant deadline = Instant.now().plusSeconds(30);
		HttpResponse<String> back = get("/api/v1/products", "application/json");
		while (back.statusCode() == 503 && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			back = get("/api/v1/products", "application/json");
		}
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String method, String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
