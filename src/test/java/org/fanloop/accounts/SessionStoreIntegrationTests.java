package org.fanloop.accounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in member's session row is not written on every page: its last access moves on
 * at most once a minute, and the member stays signed in throughout; the session lasts as
 * long as configured.
 */
@FanloopIntegrationTest
class SessionStoreIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Community community;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void pagesWithinAMinuteLeaveTheSessionRowAloneAndALaterOneTouchesIt() throws Exception {
		SignedInMember member = community.fan();
		String login = get("/login").body();
		String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + member.username() + "&password="
					+ URLEncoder.encode(Community.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValue(uri("/").toString());
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :member")
			.param("member", member.username())
			.query(Long.class)
			.single()).as("the configured 14 days").isEqualTo(Duration.ofDays(14).toSeconds());

		long afterLogin = lastAccess(member);
		for (int i = 0; i < 3; i++) {
			assertThat(get("/me/tokens").statusCode()).as("still signed in").isEqualTo(200);
		}
		assertThat(lastAccess(member)).as("not written within the minute").isEqualTo(afterLogin);

		long twoMinutesAgo = System.currentTimeMillis() - 120_000;
		jdbc.sql("update spring_session set last_access_time = :at where principal_name = :member")
			.param("at", twoMinutesAgo)
			.param("member", member.username())
			.update();
		assertThat(get("/me/tokens").statusCode()).isEqualTo(200);
		assertThat(lastAccess(member)).as("touched once the minute passed").isGreaterThan(twoMinutesAgo + 60_000);
	}

	private long lastAccess(SignedInMember member) {
		return jdbc.sql("select last_access_time from spring_session where principal_name = :member")
			.param("member", member.username())
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
