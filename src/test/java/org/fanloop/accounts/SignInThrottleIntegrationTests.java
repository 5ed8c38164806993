package org.fanloop.accounts;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Password guessing is slowed down per client address (the tests allow 60 attempts a
 * minute).
 */
@FanloopIntegrationTest
class SignInThrottleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Test
	void refusesTheAttemptsBeyondTheLimitFromOneAddressOnly() {
		RequestPostProcessor guesser = from("203.0.113.7");
		for (int i = 0; i < 60; i++) {
			assertThat(tokenRequest(guesser)).hasStatus(401);
		}
		MvcTestResult refused = tokenRequest(guesser);
		assertThat(refused).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isBetween(1, 60);
		assertThat(refused).bodyJson().extractingPath("$.title").isEqualTo("Too many attempts");
		assertThat(mvc.post().uri("/login").param("username", "x").param("password", "y").with(guesser).with(csrf()))
			.hasStatus(429);
		assertThat(tokenRequest(from("203.0.113.8"))).hasStatus(401);
	}

	@Test
	void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
		// No trusted proxies are configured: a client on a private network cannot pick a
		// new address for every attempt.
		for (int i = 0; i < 60; i++) {
			String rotating = "10.1." + (i / 250) + "." + (i % 250 + 1);
			assertThat(tokenRequest(request -> {
				request.setRemoteAddr("192.168.7.7");
				request.addHeader("X-Forwarded-For", rotating);
				return request;
			})).hasStatus(401);
		}
		assertThat(tokenRequest(request -> {
			request.setRemoteAddr("192.168.7.7");
			request.addHeader("X-Forwarded-For", "10.9.9.9");
			return request;
		})).hasStatus(429);
	}

	@Test
	void guessingOneAccountsPasswordIsSlowedWhateverTheAddress() {
		SignedInMember target = community.fan();
		for (int i = 0; i < 10; i++) {
			assertThat(tokenRequest(from("198.51.100." + (i + 1)), target.username(), "guess-" + i)).hasStatus(401);
		}
		MvcTestResult locked = tokenRequest(from("198.51.100.99"), target.username(), Community.PASSWORD);
		assertThat(locked).as("even the right password waits").hasStatus(429);
		assertThat(locked).bodyJson().extractingPath("$.detail").asString().contains("this account");
		assertThat(mvc.post()
			.uri("/login")
			.param("username", target.username())
			.param("password", Community.PASSWORD)
			.with(from("198.51.100.98"))
			.with(csrf())).redirectedUrl().isEqualTo("/login?error=locked&username=" + target.username());
		assertThat(mvc.get().uri("/login?error=locked")).bodyText().contains("Too many failed attempts");

		SignedInMember bystander = community.fan();
		assertThat(tokenRequest(from("198.51.100.99"), bystander.username(), Community.PASSWORD)).hasStatus(201);
	}

	@Test
	void hstsIsSentOnlyOverTls() {
		assertThat(mvc.get().uri("/").exchange().getResponse().getHeader("Strict-Transport-Security")).isNull();
		assertThat(mvc.get().uri("/").secure(true).exchange().getResponse().getHeader("Strict-Transport-Security"))
			.contains("max-age=");
	}

	private MvcTestResult tokenRequest(RequestPostProcessor address) {
		return tokenRequest(address, Community.unique("nobody"), "guess");
	}

	private MvcTestResult tokenRequest(RequestPostProcessor address, String username, String password) {
		return mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "%s"}""".formatted(username, password)).with(address).exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
